package org.schemadiscovery.tck.selftest;

/**
 * The kit run against core's built-in generic JDBC strategy on SQLite: the reference of the self-test. Not named
 * *Test: {@link KitSelfTest} launches it and checks its exact outcome, since generic falls short by design in a few
 * places.
 */
public class GenericSqliteKit extends SqliteSelfTestKit {
    public GenericSqliteKit() {
        super(SqliteSelfTestKit::generic);
    }
}
