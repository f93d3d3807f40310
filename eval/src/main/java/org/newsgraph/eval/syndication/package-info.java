/** Scores the syndicated-copy clustering on real articles with copies edited the ways reposters edit. */
package org.newsgraph.eval.syndication;
