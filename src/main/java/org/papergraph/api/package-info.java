/**
 * What every GraphQL operation shares: the caller's credentials in the context, and one mapping from exceptions to
 * classified, readable errors.
 */
package org.papergraph.api;
