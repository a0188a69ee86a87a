package org.complaintkit.core.classification;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.ForwardingSource;

class ClassifierProperties {
    static final RuleClassifier RULES = RuleClassifier.standard();
    static final Set<String> RULE_IDS = RULES.rules().stream().map(ClassificationRule::id).collect(Collectors.toSet());

    /** Fragments of complaints, in both languages and both scripts, from the seeds' scenarios. */
    static final List<String> FRAGMENTS = List.of("柜员态度恶劣", "櫃員態度惡劣", "排队两个小时", "号已过期拒绝办理", "大额取现需要预约",
            "ATM吞卡", "自助機吞卡", "收取小额账户管理费", "信用卡年费", "转账三天未到账", "系统升级期间无法登录手机银行", "个人信息泄露",
            "收到假币", "要求赔偿误工费", "我要找媒体曝光", "去银保监投诉", "建议增加窗口", "老人排队很久", "The teller was rude",
            "I was charged twice", "my personal data was leaked", "the app crashed during the system upgrade",
            "I want compensation", "I will go to the newspaper", "please consider adding more staff");

    /** Sentences that mention nothing any rule looks for. */
    static final List<String> IRRELEVANT = List.of("今天天气晴朗。", "我是下午三点到的。", "谢谢。", "It was a Tuesday.",
            "My neighbour came with me.", "以上情况属实。");

    @Provide
    Arbitrary<ClassificationInput> inputs() {
        Arbitrary<String> text = Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("，", l));
        Arbitrary<ForwardingSource> forwarded = Arbitraries.of(ForwardingSource.class).injectNull(0.6);
        return Combinators.combine(Arbitraries.of(Channel.class), Arbitraries.of(CustomerSegment.ORDINARY, CustomerSegment.VIP),
                forwarded, text).as((channel, segment, fwd, t) -> new ClassificationInput(channel, Set.of(), null, segment,
                Set.of(), Set.of(), fwd, t));
    }

    /** Grievances as a customer denies them before saying what the complaint is about (issue 24). */
    static final List<String> DENIALS = List.of("我投诉的不是柜员态度，而是", "不是手续费的问题，而是", "并非个人信息泄露，而是",
            "银行并没有泄露我的隐私，但是", "不是排队太久，而是", "It was not rude at all, but ", "I was never charged a fee, but ");

    @Provide
    Arbitrary<String> denials() {
        return Arbitraries.of(DENIALS);
    }

    @Property(tries = 300)
    void prefixing_a_denied_grievance_never_changes_the_matter_or_the_cause(
            @ForAll("inputs") ClassificationInput input, @ForAll("denials") String denial) {
        ClassificationResult plain = RULES.classify(input);
        ClassificationResult denied = RULES.classify(input.withText(denial + input.text()));
        assertEquals(plain.in("seed.matter"), denied.in("seed.matter"));
        assertEquals(plain.in("seed.cause").map(c -> c.code()), denied.in("seed.cause").map(c -> c.code()));
    }

    @Property(tries = 500)
    void classification_is_deterministic(@ForAll("inputs") ClassificationInput input) {
        assertEquals(RULES.classify(input), RULES.classify(input));
        assertEquals(RULES.classify(input), Taxonomies.bundled().classifier().classify(input), "a fresh classifier agrees");
    }

    @Property(tries = 500)
    void adding_an_irrelevant_sentence_does_not_change_any_class_flag_or_priority(
            @ForAll("inputs") ClassificationInput input, @ForAll("irrelevant") String sentence, @ForAll boolean before) {
        ClassificationResult plain = RULES.classify(input);
        ClassificationResult padded = RULES.classify(input.withText(before ? sentence + input.text()
                : input.text() + "。" + sentence));
        assertEquals(plain.qualifiedCodes(), padded.qualifiedCodes());
        assertEquals(plain.flagSet(), padded.flagSet());
        assertEquals(plain.priority(), padded.priority());
    }

    @Provide
    Arbitrary<String> irrelevant() {
        return Arbitraries.of(IRRELEVANT);
    }

    @Property(tries = 500)
    void every_result_has_one_class_per_scheme_and_cites_only_existing_rule_ids(@ForAll("inputs") ClassificationInput input) {
        ClassificationResult r = RULES.classify(input);
        assertEquals(List.copyOf(Taxonomies.bundled().schemes().keySet()),
                r.classes().stream().map(c -> c.scheme()).toList());
        assertTrue(RULE_IDS.containsAll(r.ruleIds()), r.ruleIds().toString());
        r.classes().stream().filter(c -> c.isDecided())
                .forEach(c -> assertTrue(Taxonomies.bundled().scheme(c.scheme()).orElseThrow().contains(c.code())));
        r.classes().stream().filter(c -> c.needsPerson())
                .forEach(c -> assertEquals("", c.code(), "a class left to a person is never a class of the scheme"));
        r.classes().stream().filter(c -> c.isDecided() && c.source().equals(RuleClassifier.SOURCE) && c.fired().isEmpty())
                .forEach(c -> {
                    var t = Taxonomies.bundled().scheme(c.scheme()).orElseThrow();
                    assertTrue(t.otherWhenUndecided() && t.other().code().equals(c.code()),
                            "a rule-decided class names its rules unless it is the scheme's declared ordinary case");
                });
    }
}
