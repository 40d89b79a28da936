package io.newsdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules: common ← article ← quote, teaser, review ← feed, change, webhook, key, transfer. A package
 * may use those below it and, within its own layer, another one as long as no cycle forms.
 */
class ArchitectureTest {
    private static final String BASE = "io.newsdesk.";
    private static final List<List<String>> LAYERS = List.of(
            List.of("common"),
            List.of("article"),
            List.of("quote", "teaser", "review"),
            List.of("feed", "change", "webhook", "key", "transfer"));

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.newsdesk");
    }

    @Test
    void commonImportsNoFeature() {
        noClasses().that().resideInAPackage(BASE + "common..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(1, LAYERS.size()))
                .check(classes);
    }

    @Test
    void articleImportsOnlyCommon() {
        noClasses().that().resideInAPackage(BASE + "article..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(2, LAYERS.size()))
                .check(classes);
    }

    @Test
    void noPackageImportsALayerAboveIt() {
        for (int layer = 0; layer < LAYERS.size() - 1; layer++) {
            for (String feature : LAYERS.get(layer)) {
                noClasses().that().resideInAPackage(BASE + feature + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(packages(layer + 1, LAYERS.size()))
                        .check(classes);
            }
        }
    }

    @Test
    void noFeatureImportsTheApplicationClass() {
        noClasses().that().resideOutsideOfPackage("io.newsdesk")
                .should().dependOnClassesThat().belongToAnyOf(NewsdeskApplication.class)
                .check(classes);
    }

    @Test
    void thereAreNoPackageCycles() {
        slices().matching("io.newsdesk.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyPackageHasALayer() {
        Map<String, Long> unknown = classes.stream().map(c -> c.getPackageName())
                .filter(p -> p.startsWith(BASE))
                .map(p -> p.substring(BASE.length()).split("\\.")[0])
                .filter(p -> LAYERS.stream().noneMatch(l -> l.contains(p)))
                .collect(java.util.stream.Collectors.groupingBy(p -> p, java.util.stream.Collectors.counting()));
        org.junit.jupiter.api.Assertions.assertEquals(Map.of(), unknown,
                "every feature package must be placed in a layer of this test");
    }

    private static String[] packages(int fromLayer, int toLayer) {
        return LAYERS.subList(fromLayer, toLayer).stream().flatMap(List::stream).map(p -> BASE + p + "..")
                .toArray(String[]::new);
    }
}
