package org.complaintkit.core.hostile;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.Hostile;

/**
 * Hostile values of any type the API's commands are made of, found by reflection over their record components, so
 * that every command and every value type inside one is covered without a generator written for each. A value is a
 * recipe: building it runs the type's own factory, which may refuse the raw input (that refusal is judged too).
 */
final class Recipes {
    /** Builds one value; may throw what the type's factory throws. */
    interface Recipe extends Supplier<Object> {
    }

    /** Where a recipe finds the world it runs in: the complaint a command targets, the engine's instant. */
    interface World {
        ComplaintId target();

        Instant now();
    }

    static final AtomicLong KEYS = new AtomicLong();
    static final List<Actor> ACTORS = List.of(Fixtures.TELLER, Fixtures.HANDLER, Fixtures.APPROVER, Fixtures.ACCUSED,
            Actor.staff(StaffId.of("S-5001"), Fixtures.BRANCH, Role.COMPLAINT_MANAGER));

    private final World world;
    private final boolean mild;

    /**
     * @param world where recipes find the target and the time
     * @param mild whether texts are mostly ordinary (one in ten hostile), so that more commands get past their
     *     values' own checks and into the engine's rules
     */
    Recipes(World world, boolean mild) {
        this.world = world;
        this.mild = mild;
    }

    private Arbitrary<String> texts() {
        if (!mild) {
            return Hostile.text();
        }
        return Arbitraries.frequencyOf(Tuple.of(18, Arbitraries.of("complex", "S-2001", "GD-SZ", "GD-SZ-FT-001",
                "CASH-WITHDRAWAL", "RC-1", "A-1", "CIF-1", "retail", "special")),
                Tuple.of(1, Arbitraries.of("柜员态度恶劣，要求道歉", "seed-type:service-attitude")),
                Tuple.of(1, Hostile.text()));
    }

    private static Arbitrary<Recipe> fixed(Object value) {
        return Arbitraries.just((Recipe) () -> value);
    }

    private Arbitrary<Recipe> text(java.util.function.Function<String, Object> factory) {
        return texts().map(s -> (Recipe) () -> factory.apply(s));
    }

    /** Recipes for a value of a type, hostile or valid. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Arbitrary<Recipe> of(Type type, int depth) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            return text(s -> s);
        }
        if (raw == Sensitive.class) {
            return Arbitraries.frequencyOf(Tuple.of(6, text(Sensitive::of)), Tuple.of(1, fixed(null)),
                    Tuple.of(3, fixed(Sensitive.of("柜员态度恶劣，要求道歉"))));
        }
        if (raw == ComplaintId.class) {
            return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just((Recipe) world::target)),
                    Tuple.of(1, fixed(ComplaintId.of("C-unknown"))), Tuple.of(2, text(ComplaintId::of)),
                    Tuple.of(1, fixed(null)));
        }
        if (raw == IdempotencyKey.class) {
            return Arbitraries.frequencyOf(
                    Tuple.of(8, Arbitraries.just((Recipe) () -> IdempotencyKey.of("h-" + KEYS.incrementAndGet()))),
                    Tuple.of(1, fixed(IdempotencyKey.of("h-reused"))), Tuple.of(2, text(IdempotencyKey::of)),
                    Tuple.of(1, fixed(null)));
        }
        if (raw == Actor.class) {
            Arbitrary<Recipe> hostile = Combinators.combine(texts(), texts()).as((s, u) ->
                    (Recipe) () -> Actor.staff(StaffId.of(s), UnitId.of(u), Role.HANDLER));
            return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(ACTORS).map(a -> (Recipe) () -> a)),
                    Tuple.of(2, hostile), Tuple.of(1, fixed(null)));
        }
        if (raw == StaffId.class) {
            return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(ACTORS).map(a -> (Recipe) a::staffId)),
                    Tuple.of(2, text(StaffId::of)), Tuple.of(1, fixed(null)));
        }
        if (raw == UnitId.class) {
            return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(Fixtures.OUTLET, Fixtures.BRANCH,
                            UnitId.of("HO")).map(u -> (Recipe) () -> u)),
                    Tuple.of(2, text(UnitId::of)), Tuple.of(1, fixed(null)));
        }
        if (raw == Money.class) {
            Arbitrary<String> amounts = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of("0", "100.50", "-1",
                    "-0.01", "1e30", "999999999999.9999", "1000000000000", "0.00001", "NaN", "Infinity", "1,000")),
                    Tuple.of(1, texts()));
            Arbitrary<String> currencies = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of("CNY", "USD", "XXX",
                    "usd", "", "CNYY", "人民币")), Tuple.of(1, texts()));
            return Arbitraries.frequencyOf(Tuple.of(6, Combinators.combine(amounts, currencies)
                    .as((a, c) -> (Recipe) () -> Money.of(a, c))), Tuple.of(1, fixed(null)));
        }
        if (raw == Instant.class) {
            return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just((Recipe) world::now)),
                    Tuple.of(1, fixed(null)),
                    Tuple.of(4, Arbitraries.of(Instant.MIN, Instant.MAX, Instant.EPOCH,
                            Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59Z"))
                            .map(i -> (Recipe) () -> i)),
                    Tuple.of(3, Arbitraries.longs().between(-36_500, 36_500)
                            .map(d -> (Recipe) () -> world.now().plus(d, ChronoUnit.DAYS))));
        }
        if (raw == LocalDate.class) {
            return Arbitraries.frequencyOf(Tuple.of(1, fixed(null)), Tuple.of(3, Arbitraries.of(LocalDate.MIN,
                    LocalDate.MAX, LocalDate.of(1, 1, 1), LocalDate.of(2026, 3, 2)).map(d -> (Recipe) () -> d)),
                    Tuple.of(3, Arbitraries.integers().between(-40_000, 40_000)
                            .map(d -> (Recipe) () -> LocalDate.of(2026, 3, 2).plusDays(d))));
        }
        if (raw == Duration.class) {
            return Arbitraries.of(null, Duration.ZERO, Duration.ofDays(-1), Duration.ofDays(3), Duration.ofSeconds(
                    Long.MAX_VALUE)).map(d -> (Recipe) () -> d);
        }
        if (raw == int.class || raw == Integer.class) {
            return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(0, -1, 1, 7, 15, Integer.MAX_VALUE,
                    Integer.MIN_VALUE)), Tuple.of(2, Arbitraries.integers())).map(i -> (Recipe) () -> i);
        }
        if (raw == java.math.BigDecimal.class) {
            return Arbitraries.of(null, "0", "-5", "12.5", "100", "100.01", "1e9").map(v -> (Recipe) () -> v == null
                    ? null : new java.math.BigDecimal(v));
        }
        if (raw == long.class || raw == Long.class) {
            return Arbitraries.of(0L, -1L, 1L, Long.MAX_VALUE, Long.MIN_VALUE).map(i -> (Recipe) () -> i);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return Arbitraries.of(true, false).map(b -> (Recipe) () -> b);
        }
        if (raw.isEnum()) {
            List<Object> values = new ArrayList<>(Arrays.asList(raw.getEnumConstants()));
            values.add(null);
            return Arbitraries.of(values).map(v -> (Recipe) () -> v);
        }
        if (raw == List.class || raw == Set.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            Arbitrary<Recipe> one = depth > 3 ? fixed(null) : of(element, depth + 1);
            boolean set = raw == Set.class;
            Arbitrary<Recipe> some = one.list().ofMinSize(1).ofMaxSize(3).map(rs -> (Recipe) () -> {
                List<Object> out = new ArrayList<>();
                for (Recipe r : rs) {
                    out.add(r.get());
                }
                return set ? new HashSet<>(out) : out;
            });
            Arbitrary<Recipe> withNull = one.map(r -> (Recipe) () -> {
                List<Object> out = new ArrayList<>();
                out.add(r.get());
                out.add(null);
                return set ? new HashSet<>(out) : out;
            });
            Arbitrary<Recipe> many = one.map(r -> (Recipe) () -> {
                Object value = r.get();
                return set ? Set.of(value == null ? "" : value) : Collections.nCopies(10_000, value);
            });
            return Arbitraries.frequencyOf(Tuple.of(1, fixed(null)), Tuple.of(2, fixed(set ? Set.of() : List.of())),
                    Tuple.of(mild ? 20 : 6, some), Tuple.of(1, withNull), Tuple.of(1, many));
        }
        if (raw == Role.class) {
            return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(Role.HANDLER, Role.APPROVER, Role.RECEIVER,
                    Role.COMPLAINT_MANAGER).map(r -> (Recipe) () -> r)), Tuple.of(1, text(Role::new)));
        }
        if (raw.isRecord()) {
            if (depth > 4) {
                return fixed(null);
            }
            return Arbitraries.frequencyOf(Tuple.of(1, fixed(null)), Tuple.of(mild ? 30 : 8, record(raw, depth + 1)));
        }
        if (raw.isSealed()) {
            List<Arbitrary<Recipe>> kinds = new ArrayList<>();
            for (Class<?> kind : raw.getPermittedSubclasses()) {
                kinds.add(of(kind, depth));
            }
            return Arbitraries.oneOf((List) kinds);
        }
        throw new IllegalStateException("no recipe for " + type + "; add one");
    }

    /** A record built by its canonical constructor from recipes for each component. */
    Arbitrary<Recipe> record(Class<?> type, int depth) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<?> constructor;
        try {
            constructor = type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        List<Arbitrary<Recipe>> parts = new ArrayList<>();
        for (RecordComponent component : components) {
            parts.add(of(component.getGenericType(), depth));
        }
        return Combinators.combine(parts).as(recipes -> (Recipe) () -> {
            Object[] args = new Object[recipes.size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = recipes.get(i).get();
            }
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException thrown) {
                    throw thrown;
                }
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
