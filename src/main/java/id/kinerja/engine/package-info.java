/**
 * The few classes that know the Camunda engine's internals: deployment of the models in {@code processes/}
 * (changed-only, from the fat jar too), the models' readiness indicator, and which beans model expressions may
 * name. Owns no table. Offers {@link id.kinerja.engine.ModelCatalog} (model beans, deployed forms, shipped models)
 * to the process administration; otherwise the engine's public services are used directly.
 */
package id.kinerja.engine;
