package org.schemadiscovery.core.jdbc;

import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the JDBC driver for a URL: {@link DriverManager} first, then {@code ServiceLoader.load(layer, Driver.class)}
 * for the configured layers (DriverManager cannot see drivers in child layers), then the class loader.
 */
public final class Drivers {
    private static final Logger LOG = LoggerFactory.getLogger(Drivers.class);

    private final List<ModuleLayer> layers;
    private final ClassLoader classLoader;

    /**
     * @param layers      module layers to search
     * @param classLoader class loader to search
     */
    public Drivers(List<ModuleLayer> layers, ClassLoader classLoader) {
        this.layers = List.copyOf(layers);
        this.classLoader = classLoader;
    }

    /**
     * The URL in the form a driver here accepts: as given, or a {@code jdbc:mysql:} URL with
     * {@code permitMysqlScheme} added when only MariaDB Connector/J is present (it takes the MySQL scheme only when
     * asked to, and speaks to MySQL as well as MariaDB).
     */
    public String acceptedForm(String url) {
        if (find(url).isPresent()) {
            return url;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:mysql:") && !lower.contains("permitmysqlscheme")) {
            String permitted = url + (url.indexOf('?') >= 0 ? "&" : "?") + "permitMysqlScheme";
            if (find(permitted).isPresent()) {
                return permitted;
            }
        }
        return url;
    }

    /** The first driver that accepts the URL. */
    public Optional<Driver> find(String url) {
        try {
            return Optional.of(DriverManager.getDriver(url));
        } catch (SQLException notRegistered) {
            LOG.atTrace().log("DriverManager has no driver; trying service loaders");
        }
        List<ServiceLoader<Driver>> loaders = new ArrayList<>();
        for (ModuleLayer layer : layers) {
            loaders.add(ServiceLoader.load(layer, Driver.class));
        }
        if (classLoader != null) {
            loaders.add(ServiceLoader.load(Driver.class, classLoader));
        }
        for (ServiceLoader<Driver> loader : loaders) {
            Optional<Driver> found = accepting(loader, url);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Driver> accepting(ServiceLoader<Driver> loader, String url) {
        Iterator<Driver> it = loader.iterator();
        int failures = 0;
        while (failures < 100) {
            try {
                if (!it.hasNext()) {
                    return Optional.empty();
                }
                Driver d = it.next();
                if (d.acceptsURL(url)) {
                    return Optional.of(d);
                }
            } catch (ServiceConfigurationError | SQLException | RuntimeException e) {
                failures++;
                LOG.atWarn().addKeyValue("error", Urls.oneLine(e)).log("skipping a JDBC driver that failed to load");
            }
        }
        return Optional.empty();
    }
}
