package org.complaintkit.spi.storage.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The codec's fast instant reader agrees with {@link Instant#parse} on every text, well-formed or not, and its fast
 * writer with {@link Instant#toString()} on every instant.
 */
class InstantFormProperties {

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("9999-12-31T23:59:59Z").getEpochSecond())
                .flatMap(second -> Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999),
                        Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000))
                        .map(nano -> Instant.ofEpochSecond(second, nano)));
    }

    @Property(tries = 2_000)
    void an_instant_reads_back_as_itself(@ForAll("instants") Instant instant) {
        assertEquals(instant, EventCodec.instant(instant.toString()));
    }

    @Provide
    Arbitrary<Instant> anyInstants() {
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999),
                Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000),
                Arbitraries.integers().between(0, 999_999).map(us -> us * 1_000));
        Arbitrary<Long> seconds = Arbitraries.oneOf(Arbitraries.longs().between(Instant.MIN.getEpochSecond(),
                Instant.MAX.getEpochSecond()), Arbitraries.longs().between(-62_167_219_300L, -62_167_219_100L),
                Arbitraries.longs().between(253_402_300_700L, 253_402_300_900L), Arbitraries.longs().between(
                        Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("9999-12-31T23:59:59Z").getEpochSecond()));
        return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
    }

    @Property(tries = 3_000)
    void the_fast_writer_writes_every_instant_as_instant_to_string_does(@ForAll("anyInstants") Instant instant) {
        StringBuilder out = new StringBuilder();
        EventCodec.instant(out, instant);
        assertEquals(instant.toString(), out.toString());
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> mangled = instants().map(Instant::toString).flatMap(text -> Arbitraries.integers()
                .between(0, text.length() - 1).flatMap(at -> Arbitraries.chars().with('0', '9', 'a', '-', ':', '.', 'Z',
                        'T', ' ', '+').map(c -> text.substring(0, at) + c + text.substring(at + 1))));
        return Arbitraries.oneOf(mangled, Arbitraries.strings().withChars("0123456789-:.TZ").ofMaxLength(32),
                Arbitraries.of("2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-03-02T24:00:00Z",
                        "2026-03-02T01:30:00.Z", "2026-03-02T01:30:60Z", "+12026-03-02T01:30:00Z"));
    }

    @Property(tries = 2_000)
    void any_text_reads_as_instant_parse_reads_it_or_is_refused_alike(@ForAll("texts") String text) {
        Object expected;
        try {
            expected = Instant.parse(text);
        } catch (DateTimeParseException e) {
            expected = "refused";
        }
        Object actual;
        try {
            actual = EventCodec.instant(text);
        } catch (DateTimeParseException e) {
            actual = "refused";
        }
        assertEquals(expected, actual, text);
    }
}
