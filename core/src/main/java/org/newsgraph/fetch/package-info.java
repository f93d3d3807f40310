/**
 * Fetching pages and feeds from the web when the user gives URLs: {@link org.newsgraph.fetch.PoliteFetcher} honours
 * robots.txt, spaces requests per host and asks conditionally; {@link org.newsgraph.fetch.UrlReader} turns what it
 * fetches into documents.
 */
package org.newsgraph.fetch;
