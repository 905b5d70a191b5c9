package vn.motcua.testing.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;

/**
 * The architecture every service keeps, as ArchUnit rules over the service's own (main) classes:
 * <ul>
 * <li>{@link #featuresFreeOfCycles}: no cycle between its feature packages ({@code <root>.<feature>..});</li>
 * <li>{@link #resourcesFreeOfPersistence}: resources (JAX-RS {@code @Path} classes, {@code *Resource}) stay thin and
 *     reach the database only through the feature's plain classes: no JPA, JDBC, Agroal, Hibernate or Panache type,
 *     and no Panache operation on an entity ({@code Procedure.findById}); reading an entity's fields is allowed;</li>
 * <li>{@link #onlyOwnAndSharedClasses}: no class of another service: besides libraries, a service uses its own
 *     classes and the shared modules ({@link #SHARED_MODULES}) only;</li>
 * <li>{@link #eventsThroughEventsModule}: events are read through {@code vn.motcua.events.EventReader} and written
 *     through the outbox, so no service class touches Kafka record headers, Kafka producers, the CloudEvents header
 *     names or {@code CloudEventAttributes.read}.</li>
 * </ul>
 * A service's {@code ArchitectureTest} extends {@link ArchitectureContractTest} (one test per rule); elsewhere
 * {@code ServiceArchitecture.of("vn.motcua.survey").check()} checks all four at once.
 */
public final class ServiceArchitecture {

    /** The packages of the shared modules (events, http-problem, outbox, dead-letters, qr-codes). */
    public static final List<String> SHARED_MODULES = List.of("vn.motcua.events..", "vn.motcua.problem..",
            "vn.motcua.outbox..", "vn.motcua.deadletter..", "vn.motcua.qr..");

    private static final String PANACHE = "io.quarkus.hibernate.orm.panache";
    private static final String[] PERSISTENCE = {"jakarta.persistence..", "javax.sql..", "java.sql..",
            "io.agroal..", "org.hibernate..", PANACHE + ".."};

    private final String root;
    private final JavaClasses classes;

    ServiceArchitecture(String root, JavaClasses classes) {
        this.root = root;
        this.classes = classes;
    }

    /** The rules over the main classes under {@code rootPackage} (e.g. {@code vn.motcua.survey}), tests excluded. */
    public static ServiceArchitecture of(String rootPackage) {
        return new ServiceArchitecture(rootPackage, new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(rootPackage));
    }

    public ArchRule featuresFreeOfCycles() {
        return slices().matching(root + ".(*)..").namingSlices("feature $1").should().beFreeOfCycles()
                .because("a feature package is understood and changed on its own");
    }

    public ArchRule resourcesFreeOfPersistence() {
        return noClasses().that(resources()).should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE)
                .orShould().callMethodWhere(describe("a Panache operation (persist, find, list, delete, ...)",
                        call -> call.getTarget().resolveMember()
                                .map(method -> method.getOwner().getPackageName().startsWith(PANACHE))
                                .orElse(false)))
                .because("resources are thin: the feature's plain classes read and write the database");
    }

    public ArchRule onlyOwnAndSharedClasses() {
        DescribedPredicate<JavaClass> allowed = resideOutsideOfPackage("vn.motcua..")
                .or(resideInAnyPackage(root + ".."))
                .or(resideInAnyPackage(SHARED_MODULES.toArray(String[]::new)))
                .as("libraries, " + root + " or the shared modules");
        return classes().that().resideInAPackage(root + "..").should().onlyDependOnClassesThat(allowed)
                .because("services share code only through the shared modules, never another service's classes");
    }

    public ArchRule eventsThroughEventsModule() {
        return noClasses().that().resideInAPackage(root + "..").should()
                .dependOnClassesThat().resideInAnyPackage("org.apache.kafka.common.header..",
                        "org.apache.kafka.clients.producer..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("vn.motcua.events.CloudEventHeaders")
                .orShould().callMethodWhere(describe("CloudEventAttributes.read",
                        call -> call.getTarget().getOwner().getFullName().equals("vn.motcua.events.CloudEventAttributes")
                                && call.getTarget().getName().equals("read")))
                .because("events are read by vn.motcua.events.EventReader and written through the outbox, "
                        + "so every service keeps the one contract");
    }

    /** The four rules, in the order above. */
    public List<ArchRule> rules() {
        return List.of(featuresFreeOfCycles(), resourcesFreeOfPersistence(), onlyOwnAndSharedClasses(),
                eventsThroughEventsModule());
    }

    /** Checks every rule, reporting all violations at once. */
    public void check() {
        CompositeArchRule.of(rules()).check(classes);
    }

    /** Checks one rule over the service's classes. */
    public void check(ArchRule rule) {
        rule.check(classes);
    }

    private static DescribedPredicate<JavaClass> resources() {
        return simpleNameEndingWith("Resource")
                .or(describe("annotated with @Path", c -> c.isAnnotatedWith("jakarta.ws.rs.Path")))
                .as("resources");
    }
}
