/**
 * Helpers a dialect may use, not contracts it implements (as SLF4J keeps its helpers in {@code org.slf4j.helpers}):
 * {@link org.schemadiscovery.api.support.SecondConnection} runs catalog queries on a second connection,
 * {@link org.schemadiscovery.api.support.SqlResources} loads the catalog statements ({@code .sql} resources, one
 * convention for every dialect) and {@link org.schemadiscovery.api.support.Sessions} takes a session back as the
 * dialect's own; {@link org.schemadiscovery.api.support.DependencyGraph},
 * {@link org.schemadiscovery.api.support.PlannedStep} and {@link org.schemadiscovery.api.support.StepOrder} order a
 * migration planner's statements. They live in the API module because a dialect may depend on the API and its driver only; they need
 * nothing but the JDK.
 */
package org.schemadiscovery.api.support;
