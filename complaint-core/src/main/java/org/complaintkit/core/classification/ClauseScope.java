package org.complaintkit.core.classification;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether a phrase found in a normalised complaint text is asserted there, or only mentioned: a
 * grievance the customer denies ("不是态度问题，而是…", "并非泄露", "not rude at all, but the fee was wrong")
 * or praises ("态度也挺好", "staff were friendly") is found but does not count.
 *
 * <p>The scope is the clause: the text between punctuation and contrast words (但, 而是, 却, 就, but, however…)
 * around the phrase. A phrase is <em>denied</em> when its clause, before it, holds a strong negator (不是,
 * 并非, 并没有, 从未, 根本没有…), or a plain negator (没有, 没, was not, didn't…) with a contrast later in the text:
 * "没有…，但…"; the negator must end within a few characters (a few words in English) of the phrase. "是不是…",
 * "不是第一次" are not denials. Negators inside the phrase itself ("没到账", "could not transfer") are part of the grievance.
 * A phrase is <em>praised</em> when, within a few characters after it in its clause, a word of praise follows
 * (好, 不错, 热情, friendly…) with only linking and degree words between (也, 挺, 很, was, very…).
 *
 * <p>Stateless and thread-safe.
 */
final class ClauseScope {
    private static final List<String> BOUNDARIES = List.of("，", ",", "。", ".", "！", "!", "？", "?", "；", ";", "：",
            ":", "、", "但", "而是", "却", "可是", "不过", "只是", "就", "而且", "并且", "反而", " but ", " however",
            " yet ", " though", " although", " instead", " rather");
    private static final List<String> STRONG = List.of("不是", "并非", "并不", "并没", "从未", "从没", "根本没", "绝不是",
            "不存在", "谈不上", "not at all", "nothing to do with", "by no means", "no problem with");
    private static final List<String> PLAIN = List.of("没", "未曾", "并未", "was not", "were not", "is not", "are not",
            "did not", "wasn't", "weren't", "isn't", "aren't", "didn't", "never", " not ");
    private static final List<String> CONTRAST = List.of("但", "而是", "却", "可是", "不过", "只是", "but", "however",
            "instead", "rather");
    private static final List<String> PRAISE = List.of("不错", "没问题", "挺好", "很好", "还好", "也好", "都好", "良好",
            "友好", "热情", "耐心", "客气", "满意", "周到", "好", "good", "fine", "great", "friendly", "polite",
            "helpful", "excellent", "nice", "patient");
    private static final List<String> NOT_A_DENIAL = List.of("是不是", "难道不是", "不是第一次", "不是一次", "并不是第一次",
            "not the first", "not once");
    private static final List<String> DEGREE_WORDS = List.of("非常", "特别", "比较", "也", "还", "都", "很", "挺", "蛮",
            "真", "倒", "是", "算", "的", "was ", "were ", "is ", "are ", "very ", "really ", "quite ", "also ",
            "all ", "extremely ", "always ");
    private static final int PRAISE_REACH = 8;
    private static final int CJK_REACH = 6;
    private static final int ASCII_REACH = 14;

    private ClauseScope() {
    }

    /**
     * Tells whether a normalised text asserts a normalised phrase: some occurrence (at word boundaries for an
     * ASCII phrase, as {@link TextNormaliser#contains}) that is neither denied nor praised.
     *
     * @param text the normalised text
     * @param phrase the normalised phrase
     * @return true if asserted
     */
    static boolean asserts(String text, String phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        int from = 0;
        while (true) {
            int at = text.indexOf(phrase, from);
            if (at < 0) {
                return false;
            }
            int end = at + phrase.length();
            if (TextNormaliser.contains(text.substring(Math.max(0, at - 1), Math.min(text.length(), end + 1)), phrase)
                    && !denied(text, at) && !praised(text, end)) {
                return true;
            }
            from = at + 1;
        }
    }

    /**
     * Returns the clauses in which a normalised text asserts a normalised phrase, each named by the offset where
     * it starts: two phrases asserted in clauses of different offsets are two statements, not one.
     *
     * @param text the normalised text
     * @param phrase the normalised phrase
     * @return the start offsets of the clauses asserting it; empty if none does
     */
    static Set<Integer> assertedClauses(String text, String phrase) {
        Set<Integer> out = new TreeSet<>();
        if (phrase.isEmpty()) {
            return out;
        }
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            if (TextNormaliser.contains(text.substring(Math.max(0, at - 1), Math.min(text.length(), end + 1)), phrase)
                    && !denied(text, at) && !praised(text, end)) {
                out.add(clauseStart(text, at));
            }
        }
        return out;
    }

    static boolean denied(String text, int at) {
        String before = text.substring(clauseStart(text, at), at);
        for (String question : NOT_A_DENIAL) {
            before = before.replace(question, " ".repeat(question.length()));
        }
        if (near(before, STRONG)) {
            return true;
        }
        if (!near(before, PLAIN) || before.contains("can not") || before.contains("could not")
                || before.contains("cannot")) {
            return false;
        }
        String after = text.substring(at);
        return CONTRAST.stream().anyMatch(after::contains);
    }

    /** Whether a negator ends within reach of the clause's end (the phrase): a few characters, a few words. */
    private static boolean near(String before, List<String> negators) {
        String padded = " " + before;
        for (String n : negators) {
            int i = padded.lastIndexOf(n);
            if (i < 0) {
                continue;
            }
            boolean ascii = n.chars().allMatch(c -> c < 128);
            if (ascii && i > 0 && Character.isLetter(padded.charAt(i - 1)) && !n.startsWith(" ")) {
                continue;
            }
            int gap = padded.length() - (i + n.length());
            if (gap <= (ascii ? ASCII_REACH : CJK_REACH)) {
                return true;
            }
        }
        return false;
    }

    static boolean praised(String text, int end) {
        String after = text.substring(end, clauseEnd(text, end));
        for (String word : PRAISE) {
            int at = after.indexOf(word);
            if (at < 0 || at > PRAISE_REACH || !onlyDegreeWords(after.substring(0, at))) {
                continue;
            }
            int next = at + word.length();
            if (word.equals("好") && next < after.length() && "差烂坏恶凶久几多像".indexOf(after.charAt(next)) >= 0) {
                continue;
            }
            return true;
        }
        return false;
    }

    /** Whether the words between a phrase and a word of praise only link or grade: "也挺", " was very ". */
    private static boolean onlyDegreeWords(String between) {
        String rest = between;
        for (String w : DEGREE_WORDS) {
            rest = rest.replace(w, "");
        }
        return rest.isBlank();
    }

    private static int clauseStart(String text, int at) {
        int start = 0;
        for (String b : BOUNDARIES) {
            int i = text.lastIndexOf(b, at - b.length());
            if (i >= 0 && i + b.length() <= at) {
                start = Math.max(start, i + b.length());
            }
        }
        return start;
    }

    private static int clauseEnd(String text, int end) {
        int stop = text.length();
        for (String b : BOUNDARIES) {
            int i = text.indexOf(b, end);
            if (i >= 0) {
                stop = Math.min(stop, i);
            }
        }
        return stop;
    }
}
