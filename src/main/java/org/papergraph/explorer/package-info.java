/**
 * Walking the graph for explorers: explained shortest paths between nodes and capped, deterministic neighbourhoods in
 * the node-and-edge shape that graph-drawing libraries take.
 */
package org.papergraph.explorer;
