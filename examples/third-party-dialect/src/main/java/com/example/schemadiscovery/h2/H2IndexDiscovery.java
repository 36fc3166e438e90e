package com.example.schemadiscovery.h2;

import com.example.schemadiscovery.h2.catalog.H2Session;
import com.google.auto.service.AutoService;
import org.schemadiscovery.api.spi.IndexDiscovery;
import org.schemadiscovery.api.support.SessionIndexDiscovery;

/** Indexes of every table in scope: one statement per schema over INDEXES and INDEX_COLUMNS. */
@AutoService(IndexDiscovery.class)
public final class H2IndexDiscovery extends SessionIndexDiscovery<H2Session> {
    public H2IndexDiscovery() {
        super(H2Dialect.ID, H2Session.class, H2Session::indexes);
    }
}
