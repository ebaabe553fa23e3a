/**
 * Topics: the taxonomy (a data file), keyword normalization, and explained topic assignment from phrases in titles,
 * abstracts and keywords.
 */
package org.papergraph.topics;
