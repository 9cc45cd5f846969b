package io.techpool.platform;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds every line of shared/ARCHITECTURE.md: the arrows (which feature may use which), each
 * "never", no cycles, and no feature touching another's tables. A wrong import fails the build.
 */
class ArchitectureTest {

    private static final String ROOT = "io.techpool";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** What every feature may use besides its own arrows. */
    private static final Set<String> EVERY_FEATURE_MAY_USE = Set.of("organization", "industry", "platform");

    /** The arrows of ARCHITECTURE.md, one line each. */
    private static final Map<String, Set<String>> ARROWS = new TreeMap<>(Map.ofEntries(
            Map.entry("event", Set.of("pool", "achievement")),
            Map.entry("matchmaking", Set.of("investor", "pool", "achievement")),
            Map.entry("investor", Set.of("pool")),
            Map.entry("pool", Set.of("round", "achievement", "scoring")),
            Map.entry("round", Set.of("review", "assignment", "scoring", "achievement")),
            Map.entry("review", Set.of("achievement", "scoring")),
            Map.entry("achievement", Set.of()),
            Map.entry("scoring", Set.of()),
            Map.entry("assignment", Set.of()),
            Map.entry("organization", Set.of("platform")),
            Map.entry("industry", Set.of("platform")),
            Map.entry("platform", Set.of())));

    static Stream<String> features() {
        return ARROWS.keySet().stream();
    }

    /** What a feature may use: its arrows, and organization, industry and platform (which use only platform). */
    private static Set<String> allowed(String feature) {
        Set<String> allowed = new LinkedHashSet<>(ARROWS.get(feature));
        if (!Set.of("organization", "industry", "platform").contains(feature)) {
            allowed.addAll(EVERY_FEATURE_MAY_USE);
        }
        allowed.add(feature);
        return allowed;
    }

    @ParameterizedTest(name = "{0} uses only what it points at")
    @MethodSource("features")
    void featureUsesOnlyWhatItPointsAt(String feature) {
        String[] forbidden = ARROWS.keySet().stream()
                .filter(other -> !allowed(feature).contains(other))
                .map(other -> ROOT + "." + other + "..")
                .toArray(String[]::new);
        noClasses()
                .that()
                .resideInAPackage(ROOT + "." + feature + "..")
                .should()
                .dependOnClassesThat(resideInAnyPackage(forbidden).and(DescribedPredicate.not(vocabularyOf(feature))))
                .allowEmptyShould(true)
                .because("ARCHITECTURE.md: " + feature + " → " + allowed(feature))
                .check(MAIN);
    }

    /**
     * The one widening of the arrows: an investor's criteria (saved searches, profile) name transfer
     * modes, levels and IP kinds in the achievement's own words, so investor may use those enums and
     * nothing else of achievement. Copying them into pool or investor would make two vocabularies drift.
     */
    private static DescribedPredicate<JavaClass> vocabularyOf(String feature) {
        return DescribedPredicate.describe(
                "the achievement vocabulary",
                c -> feature.equals("investor") && c.getName().startsWith(ROOT + ".achievement.AchievementKinds"));
    }

    @Test
    void everyFeaturePackageIsOnTheMap() {
        Set<String> packages = new java.util.TreeSet<>();
        MAIN.stream()
                .map(JavaClass::getPackageName)
                .filter(p -> p.startsWith(ROOT + "."))
                .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0])
                .forEach(packages::add);
        assertThat(ARROWS.keySet()).containsAll(packages);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void platformUsesNoFeature() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".platform..")
                .should()
                .dependOnClassesThat(resideInAPackage(ROOT + "..")
                        .and(DescribedPredicate.not(resideInAPackage(ROOT + ".platform.."))))
                .check(MAIN);
    }

    @Test
    void achievementUsesNoLaterStageOfTheChain() {
        never("achievement", "review", "round", "pool", "investor", "matchmaking", "event");
    }

    @Test
    void reviewUsesNeitherRoundNorPool() {
        never("review", "round", "pool");
    }

    @Test
    void roundLeavesThePoolToLearnOfPublicationByEvent() {
        never("round", "pool", "investor", "matchmaking", "event");
    }

    @Test
    void poolUsesNoneOfItsReaders() {
        never("pool", "investor", "matchmaking", "event");
    }

    /** The selection computation: SelectionComputation and every scoring class it reaches, its steps. */
    @Test
    void selectionComputationIsPure() {
        Set<JavaClass> computation =
                reachableWithin(MAIN.get(ROOT + ".scoring.SelectionComputation"), ROOT + ".scoring");
        assertThat(computation).hasSizeGreaterThan(5); // its steps really are found
        pure(computation, "the selection computation");
    }

    @Test
    void assignmentIsPure() {
        Set<JavaClass> assignment = new LinkedHashSet<>();
        MAIN.stream()
                .filter(c -> c.getPackageName().startsWith(ROOT + ".assignment"))
                .forEach(assignment::add);
        assertThat(assignment).isNotEmpty();
        pure(assignment, "the reviewer assignment");
    }

    /** Entities and repositories stay in their feature: no other feature touches their fields or queries. */
    @Test
    void noFeatureUsesAnotherFeaturesRepositoryOrEntityFields() {
        List<String> violations = new ArrayList<>();
        for (JavaClass c : MAIN) {
            String feature = featureOf(c);
            for (JavaAccess<?> access : c.getAccessesFromSelf()) {
                JavaClass owner = access.getTargetOwner();
                if (featureOf(owner).equals(feature) || !owner.getPackageName().startsWith(ROOT)) {
                    continue;
                }
                boolean repository = owner.getSimpleName().endsWith("Repository");
                boolean entityField = owner.isAnnotatedWith(Entity.class)
                        && access.getTarget() instanceof AccessTarget.FieldAccessTarget;
                if (repository || entityField) {
                    violations.add(access.getDescription());
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /** No SQL or JPQL in one feature names another feature's table or entity. */
    @Test
    void noFeatureQueriesAnotherFeaturesTables() throws IOException {
        Map<String, String> ownerOfName = new TreeMap<>();
        for (JavaClass c : MAIN) {
            if (c.isAnnotatedWith(Entity.class)) {
                ownerOfName.put(c.getSimpleName(), featureOf(c));
                if (c.isAnnotatedWith(Table.class)) {
                    ownerOfName.put(c.getAnnotationOfType(Table.class).name(), featureOf(c));
                }
            }
        }
        Pattern query = Pattern.compile("(?i)\\b(?:from|join|update|into|delete\\s+from)\\s+([A-Za-z_][A-Za-z0-9_]*)");
        List<String> violations = new ArrayList<>();
        Path sources = Path.of("src/main/java/io/techpool");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = sources.relativize(file).getName(0).toString();
                String text = Files.readString(file);
                for (String literal : stringLiterals(text)) {
                    Matcher m = query.matcher(literal);
                    while (m.find()) {
                        String owner = ownerOfName.get(m.group(1));
                        if (owner == null) {
                            owner = ownerOfName.get(m.group(1).toLowerCase(Locale.ROOT));
                        }
                        if (owner != null && !owner.equals(feature)) {
                            violations.add(file + " names " + m.group(1) + " of " + owner + ": " + literal.strip());
                        }
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        assertThat(ownerOfName).containsKeys("pool_entry", "assignment", "review_round");
        assertThat(violations).isEmpty();
    }

    private static void never(String feature, String... others) {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage(ROOT + "." + feature + "..")
                .should()
                .dependOnClassesThat(resideInAnyPackage(
                        Stream.of(others).map(o -> ROOT + "." + o + "..").toArray(String[]::new)))
                .allowEmptyShould(true);
        rule.check(MAIN);
    }

    /** No Quarkus, Jakarta, Hibernate or platform class, no clock, no randomness. */
    private static void pure(Set<JavaClass> classes, String what) {
        List<String> violations = new ArrayList<>();
        for (JavaClass c : classes) {
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getName();
                if (target.startsWith("io.quarkus.")
                        || target.startsWith("jakarta.")
                        || target.startsWith("org.hibernate.")
                        || target.startsWith(ROOT + ".platform.")
                        || target.equals("java.time.Clock")
                        || target.equals("java.time.InstantSource")
                        || target.equals("java.util.Random")
                        || target.equals("java.util.random.RandomGenerator")
                        || target.equals("java.util.concurrent.ThreadLocalRandom")
                        || target.equals("java.security.SecureRandom")) {
                    violations.add(d.getDescription());
                }
            }
            for (JavaAccess<?> call : c.getMethodCallsFromSelf()) {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                boolean now = name.equals("now") && owner.startsWith("java.time.");
                boolean systemTime = owner.equals("java.lang.System")
                        && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
                boolean random = owner.equals("java.lang.Math") && name.equals("random");
                boolean uuid = owner.equals("java.util.UUID") && name.equals("randomUUID");
                if (now || systemTime || random || uuid) {
                    violations.add(call.getDescription());
                }
            }
        }
        assertThat(violations).as(what + " must be a pure function").isEmpty();
    }

    private static Set<JavaClass> reachableWithin(JavaClass start, String packageName) {
        Set<JavaClass> seen = new LinkedHashSet<>();
        Deque<JavaClass> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            JavaClass c = todo.pop();
            if (!seen.add(c)) {
                continue;
            }
            c.getDirectDependenciesFromSelf().stream()
                    .map(Dependency::getTargetClass)
                    .map(t -> t.isArray() ? t.getBaseComponentType() : t)
                    .filter(t -> t.getPackageName().equals(packageName))
                    .forEach(todo::push);
        }
        return seen;
    }

    private static String featureOf(JavaClass c) {
        String p = c.getPackageName();
        if (!p.startsWith(ROOT + ".")) {
            return p;
        }
        return p.substring(ROOT.length() + 1).split("\\.")[0];
    }

    /** The string literals of a Java source, text blocks included, roughly: enough to find SQL in them. */
    private static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        Matcher blocks = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL).matcher(source);
        while (blocks.find()) {
            literals.add(blocks.group(1));
        }
        String rest = blocks.replaceAll("");
        Matcher strings = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"").matcher(rest);
        while (strings.find()) {
            literals.add(strings.group(1));
        }
        return literals;
    }
}
