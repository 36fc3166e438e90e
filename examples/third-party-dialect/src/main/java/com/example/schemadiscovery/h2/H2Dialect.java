package com.example.schemadiscovery.h2;

/** Constants shared by the plugin's services. */
public final class H2Dialect {
    /** The dialect id every service of this plugin reports. */
    public static final String ID = "h2";

    private H2Dialect() {
    }
}
