package org.complaintkit.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.spi.storage.ComplaintStore;

/**
 * The architecture, one rule per forbidden edge. Main code only: tests may do what they like.
 */
@AnalyzeClasses(packages = "org.complaintkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] API = {"org.complaintkit.api..", "org.complaintkit.spi.."};

    @ArchTest
    static final ArchRule the_api_and_spi_depend_on_nothing_in_core = noClasses()
            .that().resideInAnyPackage(API)
            .should().dependOnClassesThat().resideInAPackage("org.complaintkit.core..");

    /** The JDK's {@code javax.crypto} (java.base) types the seal key SPI's secrets, so an HSM can hand out a handle. */
    @ArchTest
    static final ArchRule the_api_and_spi_depend_only_on_the_jdk_and_jakarta_validation = classes()
            .that().resideInAnyPackage(API)
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "javax.crypto..", "jakarta.validation..", "org.complaintkit.api..",
                    "org.complaintkit.spi..");

    /** The JDK's own {@code javax.crypto} (java.base) gives the keyed event seals their HMAC. */
    @ArchTest
    static final ArchRule core_depends_only_on_the_jdk_the_api_slf4j_and_jakarta_validation = classes()
            .that().resideInAPackage("org.complaintkit.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "jakarta.validation..",
                    "org.slf4j..", "org.hibernate.validator..", "org.complaintkit..");

    @ArchTest
    static final ArchRule only_the_internal_validator_touches_hibernate_validator = noClasses()
            .that().resideOutsideOfPackage("org.complaintkit.core.internal..")
            .should().dependOnClassesThat().resideInAPackage("org.hibernate..");

    @ArchTest
    static final ArchRule no_public_or_spi_signature_exposes_an_internal_type = members()
            .that().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
            .and().arePublic()
            .should(notMentionInternalTypes());

    @ArchTest
    static final ArchRule no_package_cycles_exist = slices().matching("org.complaintkit.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule no_class_reads_the_wall_clock_directly = noClasses()
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("time comes from the injected java.time.Clock");

    @ArchTest
    static final ArchRule only_the_engine_builder_chooses_the_system_clock_as_its_default = noClasses()
            .that().doNotHaveFullyQualifiedName(ComplaintEngine.Builder.class.getName())
            .should().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone");

    @ArchTest
    static final ArchRule no_class_uses_java_util_date_or_calendar = noClasses()
            .should().dependOnClassesThat().areAssignableTo(Date.class)
            .orShould().dependOnClassesThat().areAssignableTo(Calendar.class);

    @ArchTest
    static final ArchRule logging_goes_only_through_slf4j = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.log4j..",
                    "org.apache.logging..", "org.jboss.logging..", "ch.qos.logback..", "org.apache.commons.logging..");

    @ArchTest
    static final ArchRule no_class_prints_to_the_console = noClasses()
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace");

    @ArchTest
    static final ArchRule only_the_recorder_appends_to_the_store = noClasses()
            .that().resideInAPackage("org.complaintkit.core..").and().doNotHaveSimpleName("Recorder")
            .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("ComplaintStore.append") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getName().equals("append")
                            && call.getTargetOwner().isAssignableTo(ComplaintStore.class);
                }
            });

    @ArchTest
    static final ArchRule no_engine_part_depends_on_the_engine_facade = noClasses()
            .that().resideInAPackage("org.complaintkit.core.engine").and().doNotHaveModifier(JavaModifier.PUBLIC)
            .and().areNotNestedClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName(ComplaintEngine.class.getName());

    @ArchTest
    static final ArchRule static_fields_are_final = fields()
            .that().areStatic().and().doNotHaveModifier(JavaModifier.SYNTHETIC)
            .should().beFinal();

    @ArchTest
    static final ArchRule static_final_fields_hold_no_mutable_container = fields()
            .that().areStatic().and().doNotHaveModifier(JavaModifier.SYNTHETIC).and().doNotHaveName("$VALUES")
            .should(holdNoMutableContainer());

    private static ArchCondition<JavaMember> notMentionInternalTypes() {
        return new ArchCondition<>("not mention a type from an internal package") {
            @Override
            public void check(JavaMember member, ConditionEvents events) {
                if (!member.getOwner().getModifiers().contains(JavaModifier.PUBLIC)) {
                    return;
                }
                Set<JavaClass> involved = new HashSet<>();
                if (member instanceof JavaCodeUnit unit) {
                    unit.getParameterTypes().forEach(t -> involved.addAll(t.getAllInvolvedRawTypes()));
                    involved.addAll(unit.getReturnType().getAllInvolvedRawTypes());
                    unit.getThrowsClause().getTypes().forEach(involved::add);
                } else if (member instanceof JavaField field) {
                    involved.addAll(field.getType().getAllInvolvedRawTypes());
                }
                for (JavaClass type : involved) {
                    if (type.getPackageName().contains(".internal")) {
                        events.add(SimpleConditionEvent.violated(member,
                                member.getFullName() + " exposes internal type " + type.getName()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaField> holdNoMutableContainer() {
        return new ArchCondition<>("hold no array, mutable collection, builder or atomic") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                JavaClass type = field.getRawType();
                boolean mutable = type.isArray()
                        || type.getName().startsWith("java.util.concurrent.atomic.")
                        || type.isAssignableTo(StringBuilder.class)
                        || ((type.isAssignableTo(Collection.class) || type.isAssignableTo(Map.class))
                        && !type.isInterface());
                if (mutable) {
                    events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is mutable static state"));
                }
            }
        };
    }
}
