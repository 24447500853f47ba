package actorgraph.testserver.gds;

import java.util.Optional;

import org.neo4j.configuration.Config;
import org.neo4j.gds.applications.operations.FeatureTogglesRepository;
import org.neo4j.gds.core.model.OpenModelCatalog;
import org.neo4j.gds.core.write.NativeExportBuildersProvider;
import org.neo4j.gds.metrics.Metrics;
import org.neo4j.gds.procedures.ExporterBuildersProviderService;
import org.neo4j.gds.procedures.integration.DefaultExportLocation;
import org.neo4j.gds.procedures.integration.LogAccessor;
import org.neo4j.gds.procedures.integration.OpenGraphDataScienceExtensionBuilder;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.extension.ExtensionFactory;
import org.neo4j.kernel.extension.context.ExtensionContext;
import org.neo4j.kernel.lifecycle.Lifecycle;
import org.neo4j.logging.internal.LogService;

/**
 * Registers the component every GDS procedure injects (the procedures'
 * facade), as the open-gds plugin's own extension does; Maven Central's
 * GDS artifacts leave it out. Built only by {@code mvn -Pgds}: native
 * write-back, no metrics, no model storage.
 */
public final class OpenGdsExtension extends ExtensionFactory<OpenGdsExtension.Dependencies> {
    public OpenGdsExtension() {
        super("gds.open.testserver");
    }

    @Override
    public Lifecycle newInstance(ExtensionContext context, Dependencies deps) {
        var log = new LogAccessor().getLog(deps.logService(), getClass());
        ExporterBuildersProviderService exporters = (db, config) -> new NativeExportBuildersProvider();
        return OpenGraphDataScienceExtensionBuilder.create(
                log,
                deps.globalProcedures(),
                deps.config(),
                exporters,
                new DefaultExportLocation(log, deps.config()),
                new FeatureTogglesRepository(),
                Metrics.DISABLED,
                new OpenModelCatalog(),
                model -> {
                    throw new UnsupportedOperationException("the test server stores no models");
                },
                Optional.empty(),
                Optional.empty(),
                Optional.empty()).getLeft().build();
    }

    /** What Neo4j injects. */
    public interface Dependencies {
        Config config();

        GlobalProcedures globalProcedures();

        LogService logService();
    }
}
