package org.complaintkit.core.calendar;

import java.util.Optional;

/**
 * The seven public holidays of mainland China named by the 全国年节及纪念日放假办法 (National Holidays and
 * Commemorative Days Regulation), with the names the State Council's notices give them.
 */
public enum ChineseFestival {
    /** New Year's Day (元旦), 1 January. */
    NEW_YEAR("元旦"),
    /** Spring Festival (春节): New Year's Eve to the third day of the first lunar month since 2025. */
    SPRING_FESTIVAL("春节"),
    /** Qingming (清明节), the day of the solar term 清明. */
    QINGMING("清明节"),
    /** Labour Day (劳动节), 1 and 2 May since 2025. */
    LABOUR_DAY("劳动节"),
    /** Dragon Boat Festival (端午节), the fifth day of the fifth lunar month. */
    DRAGON_BOAT("端午节"),
    /** Mid-Autumn Festival (中秋节), the fifteenth day of the eighth lunar month. */
    MID_AUTUMN("中秋节"),
    /** National Day (国庆节), 1 to 3 October. */
    NATIONAL_DAY("国庆节");

    private final String chineseName;

    ChineseFestival(String chineseName) {
        this.chineseName = chineseName;
    }

    /**
     * Returns the name the notices use, such as {@code 春节}.
     *
     * @return the Chinese name
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Recognises a festival in a heading of a notice, such as {@code 清明节}, {@code “五一”国际劳动节},
     * {@code 端午} or the older {@code “五一”} and {@code “十一”} of the notices before 2008.
     *
     * @param heading the heading, one name
     * @return the festival, empty if the heading names none of the seven
     */
    public static Optional<ChineseFestival> inHeading(String heading) {
        for (ChineseFestival f : values()) {
            String stem = f.chineseName.endsWith("节") && f.chineseName.length() > 2
                    ? f.chineseName.substring(0, f.chineseName.length() - 1) : f.chineseName;
            if (heading.contains(stem)) {
                return Optional.of(f);
            }
        }
        String bare = heading.replaceAll("[“”\"「」]", "").strip();
        if (bare.equals("五一")) {
            return Optional.of(LABOUR_DAY);
        }
        if (bare.equals("十一")) {
            return Optional.of(NATIONAL_DAY);
        }
        return Optional.empty();
    }
}
