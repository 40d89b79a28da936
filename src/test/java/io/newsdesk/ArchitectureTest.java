package io.newsdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.newsdesk.common.security.Tokens;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

    /**
     * A presented token is compared only as its SHA-256, and only in constant time: {@code Tokens.sameHash} uses
     * {@link MessageDigest#isEqual}, and no code of the token check or of the keys calls a comparison that
     * stops at the first difference (String, Arrays and Objects equality, ordering and region matching), which
     * would tell a guesser by its timing how much of a secret or hash is right. Keys are found by the hash of the
     * presented token (an index, a map): that lookup compares digests an attacker cannot steer byte by byte, so its
     * timing says nothing about any stored secret. The one comparison allowed is the scheme name of the
     * Authorization header ("Bearer "), a public word, in BearerTokenMechanism.
     */
    @Test
    void secretsAreComparedOnlyInConstantTime() {
        DescribedPredicate<JavaMethodCall> shortCircuit = new DescribedPredicate<>(
                "a comparison that stops at the first difference") {
            @Override
            public boolean test(JavaMethodCall call) {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                boolean comparison = owner.equals(String.class.getName()) && Set.of("equals", "equalsIgnoreCase",
                        "contentEquals", "compareTo", "compareToIgnoreCase", "regionMatches").contains(name)
                        || owner.equals(Arrays.class.getName()) && Set.of("equals", "compare", "mismatch").contains(name)
                        || owner.equals(Objects.class.getName()) && Set.of("equals", "deepEquals", "compare").contains(name)
                        || owner.equals(CharSequence.class.getName()) && name.equals("compare");
                boolean schemeName = call.getOriginOwner().getName().equals(BASE + "common.security.BearerTokenMechanism")
                        && name.equals("regionMatches");
                return comparison && !schemeName;
            }
        };
        noClasses().that().resideInAnyPackage(BASE + "common.security..", BASE + "key..")
                .should().callMethodWhere(shortCircuit)
                .check(classes);
        ArchCondition<JavaMethod> constantTime = new ArchCondition<>("compare with MessageDigest.isEqual") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean isEqual = method.getMethodCallsFromSelf().stream().anyMatch(call -> call.getName().equals("isEqual")
                        && call.getTargetOwner().isEquivalentTo(MessageDigest.class));
                events.add(new SimpleConditionEvent(method, isEqual, method.getFullName() + " does not call MessageDigest.isEqual"));
            }
        };
        methods().that().areDeclaredIn(Tokens.class).and().haveName("sameHash").should(constantTime).check(classes);
    }

    private static String[] packages(int fromLayer, int toLayer) {
        return LAYERS.subList(fromLayer, toLayer).stream().flatMap(List::stream).map(p -> BASE + p + "..")
                .toArray(String[]::new);
    }
}
