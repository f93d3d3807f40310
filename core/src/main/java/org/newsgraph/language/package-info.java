/**
 * Language identification: {@link org.newsgraph.language.LanguageIdentifier} tells an article's language so that
 * only English articles go through the English NLP stages.
 */
package org.newsgraph.language;
