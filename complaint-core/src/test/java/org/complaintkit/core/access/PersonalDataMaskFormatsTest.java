package org.complaintkit.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers as people write them: with separators, in full-width digits, with area codes and letters. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PersonalDataMaskFormatsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "电话139-1234-5678|电话139****5678",
            "电话139 1234 5678。|电话139****5678。",
            "手机：１３９１２３４５６７８|手机：139****5678",
            "call 139.1234.5678 please|call 139****5678 please",
            "+86 139 1234 5678|+86 139****5678",
            "座机0755-12345678|座机0755****5678",
            "office (020) 8765 4321|office 020****4321",
            "（０２０）８７６５４３２１|020****4321",
            "卡号6222 0212 3456 7890 123|卡号****0123",
            "account 6222-0212-3456-7890|account ****7890",
            "身份证 110101 19900307 123X，|身份证 [ID number]，",
            "身份证 110101 1990 0307 1234|身份证 [ID number]",
            "护照E12345678|护照E********",
            "passport G1234567.|passport G*******.",
            "电话13912345678 250元|电话139****5678 250元"
    })
    void a_number_written_with_separators_or_full_width_digits_is_masked(String text, String masked) {
        assertEquals(masked, PersonalDataMask.text(text));
    }

    @Test
    void a_number_cut_short_by_another_is_starred_rather_than_left_readable() {
        assertEquals("****0139 ********", PersonalDataMask.text("6222 0212 3456 7890 139 12345678"),
                "the card takes 139, and the 8 digits left of the phone are starred");
    }

    @Test
    void an_e_mail_a_wechat_id_and_a_qq_number_are_masked() {
        assertEquals("邮箱[e-mail]，微信：z****，QQ号1****", PersonalDataMask.text(
                "邮箱zhang.san@example.com，微信：zhang_san88，QQ号12345678"));
        assertEquals("WeChat ID: z**** (WeChat Pay)", PersonalDataMask.text("WeChat ID: zhangsan88 (WeChat Pay)"));
    }

    @Test
    void the_complainants_name_and_its_polite_forms_are_masked_in_free_text() {
        assertEquals("我是张**，请张**回电；张**已到网点。", PersonalDataMask.text("我是张小明，请张先生回电；张女士已到网点。", "张小明"));
        assertEquals("欧**来电", PersonalDataMask.text("欧阳先生来电", "欧阳娜娜"));
        assertEquals("J** wrote; Mr. S** and MRS S** called. Smithson stays.",
                PersonalDataMask.text("John Smith wrote; Mr. Smith and MRS SMITH called. Smithson stays.", "John Smith"));
        assertEquals("王先生来电", PersonalDataMask.text("王先生来电", "王"), "a one-character name is not looked for");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2024-03-05退款1,000.00元",
            "共计12345.67元，分2024.03.05和2024.04.05两次",
            "2023-2024年度 第3 4 5期",
            "客服95588，热线400-820-8820",
            "金额 12 000 元，时间 10:30",
            "订单号A12345，第1234 5678号"
    })
    void amounts_dates_and_service_numbers_stay_readable(String text) {
        assertEquals(text, PersonalDataMask.text(text));
    }
}
