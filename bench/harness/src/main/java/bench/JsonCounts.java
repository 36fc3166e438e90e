package bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.core.json.JsonCodec;

/** Counts and metrics of a SchemaInfo JSON file written by the CLI. Usage: {@code JsonCounts FILE}. */
public final class JsonCounts {
    private JsonCounts() {
    }

    public static void main(String[] args) throws Exception {
        SchemaInfo s = new JsonCodec().read(Files.readString(Path.of(args[0])));
        Sample r = new Sample();
        if (s.metrics().statementsExecuted() > 0) {
            r.put("statements", s.metrics().statementsExecuted()).put("rows", s.metrics().rowsRead())
                    .put("discover_ms", Warm.ms(s.metrics().totalNanos()));
        }
        System.out.println(r.putAll(Counts.of(s)));
    }
}
