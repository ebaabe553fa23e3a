/**
 * The node and edge model that several features share: paper records, identities and repository references.
 */
package org.papergraph.graph;
