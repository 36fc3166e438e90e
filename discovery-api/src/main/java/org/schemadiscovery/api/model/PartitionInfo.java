package org.schemadiscovery.api.model;

/**
 * Partitioning of a table: for a partitioned parent, its strategy and key; for a partition, its parent and bound.
 *
 * @param strategy RANGE, LIST or HASH for a parent; null for a leaf partition
 * @param key      partition key expression for a parent, or null
 * @param parent   parent table of a partition, or null
 * @param bound    partition bound expression of a partition, or null
 */
public record PartitionInfo(String strategy, String key, TableRef parent, String bound) {
}
