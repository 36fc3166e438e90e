/**
 * Migration planning for MySQL/MariaDB: one {@code ALTER TABLE} per table where possible, foreign keys dropped
 * before and re-added after the columns they use change, every statement its own non-transactional group (DDL
 * commits implicitly). Uses {@code render} for every object's spelling and the API's
 * {@link org.schemadiscovery.api.support.StepOrder} for the order.
 */
package org.schemadiscovery.dialect.mysql.migrate;
