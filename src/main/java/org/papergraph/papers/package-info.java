/**
 * The papers API: papers by id and by filter, their authors, topics, keywords, repositories and sources (batched,
 * never a query per paper), bridges between topics, authors and repositories.
 */
package org.papergraph.papers;
