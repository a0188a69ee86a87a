package org.complaintkit.core.classification;

import static org.junit.jupiter.api.Assertions.*;

import org.complaintkit.api.classification.ClassificationResult;
import org.junit.jupiter.api.Test;

/**
 * Issue 24: a grievance the customer denies or praises does not win, and a polite closing is not a suggestion.
 * Each test is one complaint, as a customer would write it.
 */
class NegationAndPraiseTest {
    static final RuleClassifier RULES = RuleClassifier.standard();

    static String matter(String text) {
        ClassificationResult r = RULES.classify(ClassifierFixtures.input(text));
        return r.in("seed.matter").orElseThrow().code();
    }

    @Test
    void a_denied_rudeness_in_english_leaves_the_fee_as_the_grievance() {
        assertEquals("irregular-fees", matter("The staff were not rude at all, but the fee was wrong."));
    }

    @Test
    void bu_shi_er_shi_moves_the_grievance_to_what_follows_the_contrast() {
        assertEquals("irregular-fees", matter("我投诉的不是柜员态度，而是乱收费。"));
        assertEquals("transaction-delay", matter("不是手续费的问题，而是转账三天还没到账。"));
    }

    @Test
    void a_denied_privacy_leak_does_not_raise_privacy() {
        assertNotEquals("privacy-leak", matter("银行并没有泄露我的个人信息，但是这笔转账迟迟没有到账。"));
        assertEquals("transaction-delay", matter("银行并没有泄露我的个人信息，但是这笔转账迟迟没有到账。"));
        assertNotEquals("privacy-leak", matter("我的信息没有泄露，但是年费多收了。"));
        assertNotEquals("privacy-leak", matter("并非个人信息泄露，是手续费扣错了。"));
    }

    @Test
    void a_plain_no_without_a_contrast_is_left_as_the_customer_wrote_it() {
        assertEquals("transaction-delay", matter("钱还没到账。"), "the negator inside the phrase is the grievance");
        assertEquals("irregular-fees", matter("没有提前告知就收了手续费。"));
    }

    @Test
    void praise_of_the_staff_is_not_an_attitude_complaint() {
        assertEquals("irregular-fees", matter("柜员态度也挺好，就是这个年费收得不合理。"));
        assertNotEquals("service-attitude", matter("工作人员态度很好，可是ATM吞了我的卡。"));
        assertEquals("service-attitude", matter("柜员态度不好。"), "态度不好 is a grievance");
        assertEquals("service-attitude", matter("柜员态度好差。"), "好差 is a grievance");
    }

    @Test
    void a_question_or_not_the_first_time_is_not_a_denial() {
        assertEquals("irregular-fees", matter("这不是第一次乱收费了。"));
        assertEquals("irregular-fees", matter("是不是乱收费？"));
    }

    @Test
    void could_not_is_inability_and_stays_a_grievance() {
        assertEquals("transaction-delay", matter("I could not log in for two days, but nobody told me why."));
    }

    @Test
    void a_polite_closing_wish_is_not_a_suggestion_when_the_letter_holds_a_grievance() {
        assertEquals("irregular-fees", matter("贵行无故扣了我小额账户管理费。我希望贵行尽快退还。"));
        RuleClassifier rules = RULES;
        assertNotEquals("seed.type:other", rules.classify(ClassifierFixtures.input("贵行无故扣了我小额账户管理费。我希望贵行尽快退还。"))
                .in("seed.type").orElseThrow().qualifiedCode());
    }

    @Test
    void a_closing_wish_alone_is_still_a_suggestion() {
        ClassificationResult r = RULES.classify(ClassifierFixtures.input("希望贵行的网站能增加英文版。"));
        assertEquals("other", r.in("seed.matter").orElseThrow().code());
        assertEquals(java.util.List.of("matter.closing-wish"), r.in("seed.matter").orElseThrow().fired().stream()
                .map(m -> m.ruleId()).toList());
        assertFalse(r.needsPerson(), "a suggestion is a decision, not a miss");
    }
}
