package org.schemadiscovery.api.support;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.DdlOptions;
import org.schemadiscovery.api.spi.DdlRenderer;

/**
 * A {@link DdlRenderer} that names its dialect and hands the model to a script function working on the model alone
 * (or on the model and the {@link DdlOptions}), as in every dialect here.
 *
 * <pre>{@code
 * @AutoService(DdlRenderer.class)
 * public final class PostgresDdlRenderer extends ScriptRenderer {
 *     public PostgresDdlRenderer() {
 *         super(PostgresDialect.ID, DdlScript::render);
 *     }
 * }
 * }</pre>
 */
public abstract class ScriptRenderer implements DdlRenderer {
    private final String dialect;
    private final BiFunction<SchemaInfo, DdlOptions, List<String>> script;

    /**
     * A renderer whose script has no options (no owners or privileges to write).
     *
     * @param dialect the dialect id, the same as the strategy's
     * @param script  renders a model as statements in order, without trailing semicolons
     */
    protected ScriptRenderer(String dialect, Function<SchemaInfo, List<String>> script) {
        this(dialect, ignoringOptions(script));
    }

    /**
     * A renderer whose script writes what the {@link DdlOptions} ask for beside the objects.
     *
     * @param dialect the dialect id, the same as the strategy's
     * @param script  renders a model with options as statements in order, without trailing semicolons
     */
    protected ScriptRenderer(String dialect, BiFunction<SchemaInfo, DdlOptions, List<String>> script) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.script = Objects.requireNonNull(script, "script");
    }

    private static BiFunction<SchemaInfo, DdlOptions, List<String>> ignoringOptions(
            Function<SchemaInfo, List<String>> script) {
        Objects.requireNonNull(script, "script");
        return (schema, options) -> script.apply(schema);
    }

    @Override
    public final String dialect() {
        return dialect;
    }

    @Override
    public final List<String> script(SchemaInfo schema) {
        return script.apply(schema, DdlOptions.defaults());
    }

    @Override
    public final List<String> script(SchemaInfo schema, DdlOptions options) {
        return script.apply(schema, Objects.requireNonNull(options, "options"));
    }
}
