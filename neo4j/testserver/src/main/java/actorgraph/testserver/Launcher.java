package actorgraph.testserver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Starts a real Neo4j 5 (community, embedded) for actorgraph's integration
 * tests: Bolt on a loopback port, auth on for user neo4j with the password in
 * the environment variable NEO4J_TEST_PASSWORD, data under HOME (kept, so a
 * restart on the same HOME sees the same graph). When Bolt accepts
 * connections it writes bolt://127.0.0.1:PORT to ADDRESS_FILE (atomically).
 * It stops cleanly on SIGTERM, SIGINT or when its standard input closes (so
 * it never outlives the test process that started it).
 *
 * <pre>NEO4J_TEST_PASSWORD=... java @jvm.args -cp target/classes:$(cat target/classpath.txt) \
 *     actorgraph.testserver.Launcher HOME ADDRESS_FILE [PORT] [PLUGIN_DIR]</pre>
 *
 * PORT 0 (the default) picks a free port; give the previous one to restart on
 * the same address. PLUGIN_DIR, when given, is Neo4j's plugin folder and
 * gds.* procedures are allowed (Graph Data Science).
 */
public final class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Launcher HOME ADDRESS_FILE [PORT] [PLUGIN_DIR]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Path addressFile = Path.of(args[1]).toAbsolutePath();
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        String password = System.getenv("NEO4J_TEST_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("launcher: set NEO4J_TEST_PASSWORD (8 characters or more)");
            System.exit(2);
        }
        Files.deleteIfExists(addressFile);

        DatabaseManagementServiceBuilder b = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 64L << 20)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false");
        if (args.length > 3) {
            b.setConfig(GraphDatabaseSettings.plugin_dir, Path.of(args[3]).toAbsolutePath())
                    .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*"));
        }
        DatabaseManagementService dbms = b.build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("launcher: stopping Neo4j");
            dbms.shutdown();
        }, "launcher-shutdown"));
        try {
            ready(dbms, password, addressFile);
        } catch (Exception e) {
            // Neo4j's threads would keep the JVM alive: exit (the hook
            // shuts the DBMS down).
            e.printStackTrace();
            System.exit(1);
        }

        // Standard input closed (the parent died or asked): stop.
        InputStream in = System.in;
        try {
            while (in.read() >= 0) {
                // ignore anything written
            }
        } catch (IOException e) {
            // closed
        }
        System.exit(0);
    }

    /** Sets the password, then writes the Bolt address to addressFile. */
    private static void ready(DatabaseManagementService dbms, String password, Path addressFile) throws IOException {
        // The first start creates user neo4j with password 'neo4j' to be
        // changed; set the test password. On a restart of the same HOME it
        // is already set, and Neo4j refuses to set the same one again.
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (QueryExecutionException e) {
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }

        GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var bolt = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        String address = "bolt://127.0.0.1:" + bolt.getPort();
        Path tmp = addressFile.resolveSibling(addressFile.getFileName() + ".tmp");
        Files.writeString(tmp, address + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, addressFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        System.err.println("launcher: Neo4j " + org.neo4j.kernel.internal.Version.getNeo4jVersion() + " ready at " + address);
    }
}
