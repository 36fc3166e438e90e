package com.example.schemadiscovery.h2;

import com.example.schemadiscovery.h2.catalog.H2Session;
import com.google.auto.service.AutoService;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.support.SessionConstraintDiscovery;

/** Primary keys, unique, foreign-key and CHECK constraints, from the standard INFORMATION_SCHEMA views. */
@AutoService(ConstraintDiscovery.class)
public final class H2ConstraintDiscovery extends SessionConstraintDiscovery<H2Session> {
    public H2ConstraintDiscovery() {
        super(H2Dialect.ID, H2Session.class, H2Session::constraints);
    }
}
