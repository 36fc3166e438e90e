package org.schemadiscovery.api.diff;

import java.util.Objects;
import org.schemadiscovery.api.model.DataType;

/**
 * One attribute of an object that differs: its name and the value on each side, as the model holds it (a
 * {@code DataType}, {@code Boolean}, {@code String}, list, map, or null when unset). The names used, by object type:
 * <ul>
 *   <li>schema: {@code owner}, {@code comment}, {@code privileges}</li>
 *   <li>table: {@code kind}, {@code options}, {@code partition}, {@code rowLevelSecurity}, {@code owner},
 *       {@code comment}, {@code privileges}</li>
 *   <li>column: {@code type}, {@code nullable}, {@code default}, {@code identity}, {@code generated},
 *       {@code collation}, {@code hidden}, {@code options}, {@code comment}</li>
 *   <li>index: {@code unique}, {@code method}, {@code elements}, {@code include}, {@code predicate},
 *       {@code nullsNotDistinct}, {@code valid}, {@code options}, {@code comment}</li>
 *   <li>constraints: {@code columns}, {@code expression}, {@code validated}, {@code referencedTable},
 *       {@code referencedColumns}, {@code match}, {@code onUpdate}, {@code onDelete}, {@code deferrable},
 *       {@code initiallyDeferred}, {@code nullsNotDistinct}, {@code method}, {@code elements}, {@code predicate},
 *       {@code comment} (a primary key of another name is {@link Renamed})</li>
 *   <li>view and materialized view: {@code definition}, {@code columns}, {@code owner}, {@code comment},
 *       {@code privileges}</li>
 *   <li>sequence: {@code dataType}, {@code start}, {@code increment}, {@code min}, {@code max}, {@code cache},
 *       {@code cycle}, {@code ownedBy}, {@code owner}, {@code comment}, {@code privileges}</li>
 *   <li>type: {@code kind}, {@code enumLabels}, {@code baseType}, {@code domainDefault}, {@code domainNotNull},
 *       {@code domainChecks}, {@code attributes}, {@code owner}, {@code comment}</li>
 *   <li>routine: {@code kind}, {@code language}, {@code returnType}, {@code definition}, {@code owner},
 *       {@code comment}, {@code privileges}</li>
 *   <li>trigger: {@code timing}, {@code events}, {@code columns}, {@code forEachRow}, {@code function},
 *       {@code definition}, {@code comment}</li>
 *   <li>policy: {@code command}, {@code permissive}, {@code roles}, {@code using}, {@code withCheck},
 *       {@code comment}</li>
 *   <li>extension: {@code version}, {@code schema}, {@code comment}</li>
 * </ul>
 * {@code privileges} holds the two lists of {@code Privilege}s (compared as sets): a planner grants what only
 * {@code after} has and revokes what only {@code before} has. {@code owner}, {@code comment} and {@code privileges}
 * are left out when {@link DiffOptions#ignored()} says so.
 *
 * @param name   attribute name, as listed above
 * @param before value in the {@code from} schema
 * @param after  value in the {@code to} schema
 */
public record AttributeChange(String name, Object before, Object after) {
    public AttributeChange {
        Objects.requireNonNull(name, "name");
        if (Objects.equals(before, after)) {
            throw new IllegalArgumentException("attribute " + name + " did not change: " + before);
        }
    }

    /** {@code "type varchar(100) → text"}: a data type as declared, other values as they print. */
    @Override
    public String toString() {
        return name + " " + show(before) + " → " + show(after);
    }

    private static Object show(Object value) {
        return value instanceof DataType type ? type.declared() : value;
    }
}
