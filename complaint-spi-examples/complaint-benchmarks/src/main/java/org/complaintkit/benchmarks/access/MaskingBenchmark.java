package org.complaintkit.benchmarks.access;

import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.complaintkit.api.error.Checks;
import org.complaintkit.core.access.PersonalDataMask;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Masking a complaint text of the longest length allowed (200,000 characters) for a reader without the right
 * to personal data, as a view, a staff notice or the knowledge base does. The hostile shapes are those that
 * made the earlier regular expressions backtrack (the e-mail pattern took 4 s at 20,000 characters and did not
 * finish at 200,000); the ordinary one is complaint prose with a phone, a card, an ID number, an e-mail and an
 * address every few hundred characters. There is no peer: the figure is the bound a sweep or a view can meet.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MaskingBenchmark {
    /** The text's shape. */
    @Param({"a.a.a.a", "@@@@", "digits-with-separators", "mixed-hostile", "ordinary"})
    public String shape;

    /** What the texts hold that masking must not leave. */
    private static final Pattern LEFT = Pattern.compile(
            "13912345678|139-1234-5678|6222 0212 3456 7890 123|110101199003071234|zhang\\.xiaoming|张小明|E1234567");

    private String text;

    /** Builds the text and checks once that masking it hides the numbers it holds. */
    @Setup
    public void setUp() {
        text = text(shape);
        String masked = PersonalDataMask.text(text, "张小明");
        if (masked.length() > text.length() || LEFT.matcher(masked).find()) {
            throw new IllegalStateException("masking the " + shape + " text left personal data");
        }
    }

    /**
     * Masks the text, the complainant's name with it.
     *
     * @return the masked text
     */
    @Benchmark
    public String mask() {
        return PersonalDataMask.text(text, "张小明");
    }

    /**
     * A text of exactly the longest length, in one of the benchmark's shapes.
     *
     * @param shape the shape's name
     * @return the text
     */
    public static String text(String shape) {
        String unit = switch (shape) {
            case "a.a.a.a" -> "a.";
            case "@@@@" -> "@";
            case "digits-with-separators" -> "1-2 3.4－５ ６ ";
            case "mixed-hostile" -> "a.a.a@b-1 2-3 @@E1234567 市区路1-号(0-微信 13912345678 6222 0212 3456 7890 123 ";
            case "ordinary" -> "我是张小明，于2024年3月5日在深南大道1001号网点办理取现，柜员态度恶劣，排队两小时。"
                    + "我的手机139-1234-5678，卡号6222 0212 3456 7890 123，身份证110101199003071234，"
                    + "邮箱zhang.xiaoming@example.com。要求退还手续费25.00元并书面道歉。";
            default -> throw new IllegalArgumentException("no shape " + shape);
        };
        StringBuilder out = new StringBuilder(Checks.MAX_TEXT_LENGTH + unit.length());
        while (out.length() < Checks.MAX_TEXT_LENGTH) {
            out.append(unit);
        }
        out.setLength(Checks.MAX_TEXT_LENGTH);
        return out.toString();
    }
}
