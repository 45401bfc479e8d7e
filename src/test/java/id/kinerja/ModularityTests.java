package id.kinerja;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Kinerja's feature modules (the top-level packages under {@code id.kinerja}) and the rules between them: no cycles
 * and no use of another module's internals (Spring Modulith), and no module reading another's tables through its
 * repositories — modules offer services and events for that.
 */
class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(KinerjaApplication.class);
  static final JavaClasses PRODUCTION = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("id.kinerja");

  @Test
  void modulesRespectTheirBoundaries() {
    MODULES.verify();
  }

  @Test
  void repositoriesAreUsedOnlyInsideTheirModule() {
    classes().that().areAssignableTo(Repository.class).and().areInterfaces()
        .should(beUsedOnlyInsideTheirModule())
        .check(PRODUCTION);
  }

  @Test
  void writesTheModuleDocumentation() throws java.io.IOException {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
    sortListsIn(java.nio.file.Path.of("docs", "modules"));
  }

  /**
   * The Documenter lists relations and bean references in hash order, so every build rewrote the files without a
   * change: sort each run of {@code Rel(} lines (PlantUML) and each bullet list of a canvas cell (AsciiDoc).
   */
  static void sortListsIn(java.nio.file.Path folder) throws java.io.IOException {
    try (var files = java.nio.file.Files.list(folder)) {
      for (java.nio.file.Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".puml") && !name.endsWith(".adoc")) {
          continue;
        }
        String text = java.nio.file.Files.readString(file);
        java.util.List<String> lines = new java.util.ArrayList<>(java.util.Arrays.asList(text.split("\n", -1)));
        for (int i = 0; i < lines.size(); i++) {
          boolean relation = lines.get(i).startsWith("Rel(");
          boolean bullets = lines.get(i).startsWith("|* ");
          if (!relation && !bullets) {
            continue;
          }
          int end = i + 1;
          while (end < lines.size() && (relation ? lines.get(end).startsWith("Rel(") : lines.get(end).startsWith("* "))) {
            end++;
          }
          java.util.List<String> run = new java.util.ArrayList<>(lines.subList(i, end));
          if (bullets) {
            run.set(0, run.get(0).substring(1));
          }
          java.util.Collections.sort(run);
          if (bullets) {
            run.set(0, "|" + run.get(0));
          }
          for (int k = 0; k < run.size(); k++) {
            lines.set(i + k, run.get(k));
          }
          i = end - 1;
        }
        String sorted = String.join("\n", lines);
        if (!sorted.equals(text)) {
          java.nio.file.Files.writeString(file, sorted);
        }
      }
    }
  }

  private static ArchCondition<JavaClass> beUsedOnlyInsideTheirModule() {
    return new ArchCondition<>("be used only inside their module") {
      @Override
      public void check(JavaClass repository, ConditionEvents events) {
        String module = moduleOf(repository);
        for (Dependency use : repository.getDirectDependenciesToSelf()) {
          String user = moduleOf(use.getOriginClass());
          if (!module.equals(user)) {
            events.add(SimpleConditionEvent.violated(use, "module " + user + " uses " + repository.getName()
                + " of module " + module + ": " + use.getDescription()));
          }
        }
      }
    };
  }

  /** "id.kinerja.planning.web.SkpController" → "planning". */
  static String moduleOf(JavaClass type) {
    String rest = type.getPackageName().replaceFirst("^id\\.kinerja\\.?", "");
    return rest.isEmpty() ? "(root)" : rest.split("\\.")[0];
  }
}
