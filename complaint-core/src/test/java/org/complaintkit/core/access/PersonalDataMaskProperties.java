package org.complaintkit.core.access;

import static org.junit.jupiter.api.Assertions.*;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random texts with personal data embedded: the masked text never holds the raw value. */
class PersonalDataMaskProperties {

    @Provide
    Arbitrary<String> phones() {
        return Combinators.combine(Arbitraries.integers().between(3, 9), Arbitraries.strings().numeric().ofLength(9))
                .as((second, rest) -> "1" + second + rest);
    }

    @Provide
    Arbitrary<String> idNumbers() {
        return Combinators.combine(Arbitraries.integers().between(1, 9), Arbitraries.strings().numeric().ofLength(16),
                Arbitraries.of("0", "5", "9", "X")).as((first, middle, last) -> first + middle + last);
    }

    @Provide
    Arbitrary<String> accounts() {
        return Arbitraries.integers().between(12, 19).flatMap(n -> Arbitraries.strings().numeric().ofLength(n));
    }

    @Provide
    Arbitrary<String> surroundings() {
        return Arbitraries.of("", "电话", "我的卡号是", "ID: ", "call me on ", "，", "。", "账户", " (mobile) ");
    }

    @Property(tries = 500)
    void a_phone_number_never_survives_masking(@ForAll("phones") String phone, @ForAll("surroundings") String before,
                                              @ForAll("surroundings") String after) {
        String masked = PersonalDataMask.text(before + phone + after);
        assertFalse(masked.contains(phone), masked);
        assertTrue(masked.contains(phone.substring(7)), "the last four digits stay");
    }

    @Property(tries = 500)
    void an_id_number_never_survives_masking(@ForAll("idNumbers") String id, @ForAll("surroundings") String before,
                                             @ForAll("surroundings") String after) {
        String masked = PersonalDataMask.text(before + id + after);
        assertFalse(masked.contains(id), masked);
        assertFalse(masked.contains(id.substring(0, 12)), "not even most of it");
    }

    @Property(tries = 500)
    void an_account_number_keeps_only_its_last_four_digits(@ForAll("accounts") String account,
                                                           @ForAll("surroundings") String before,
                                                           @ForAll("surroundings") String after) {
        String masked = PersonalDataMask.text(before + account + after);
        assertFalse(masked.contains(account), masked);
        assertFalse(masked.contains(account.substring(0, account.length() - 4)), masked);
    }

    @Property(tries = 1)
    void addresses_are_masked_but_ordinary_words_that_end_in_a_place_character_are_not() {
        assertEquals("[address]，电话138****5678", PersonalDataMask.text("住深圳市福田区深南大道1001号，电话13812345678"),
                "a neighbouring character may go with the address: masking errs on the side of hiding");
        assertEquals("我不知道去超市的渠道", PersonalDataMask.text("我不知道去超市的渠道"));
        assertEquals("[address]", PersonalDataMask.text("深南大道1001号"));
    }
}
