package org.complaintkit.demo;

import java.util.List;

/**
 * What the customers complain about on the go-live day, from the bank's emergency plan for the system
 * migration (seed 002, second part, 四(三)): each kind with its share of the day, the texts customers use and
 * how far up the bank it is usually handled.
 */
enum Scenario {
    LONG_WAIT(26, Level.OUTLET, "新系统上线后柜员操作不熟练，排队等候两个多小时，服务太差。",
            "网点停业切换系统，排队等了一上午没人给解释。", "叫号系统故障，过号了还要重新排队，态度很冷漠。"),
    ATM_DOWN(12, Level.OUTLET, "系统切换后ATM取不了钱，跑了三个网点都用不了。",
            "自助机吞卡了，网点说系统升级暂时不能处理。"),
    URGENT_CASH(8, Level.SUB_BRANCH, "系统升级停业，我急需用款给家人看病，要求马上取现。",
            "工资卡无法取现，急需用钱交学费。"),
    LOSS_REPORT(5, Level.SUB_BRANCH, "银行卡丢了，网点说只能口头挂失，要求正式挂失。"),
    DATA_ANOMALY(10, Level.BRANCH, "系统升级后账户余额显示不对，少了五千元，要求查明。",
            "手机银行显示的个人信息不对，名字错了。"),
    TRANSFER_ANOMALY(14, Level.BRANCH, "昨天的转账还没到账，系统切换后一直显示处理中。",
            "代发工资没有入账，公司说已经转了。", "手机银行转账失败但钱被扣了，要求退回。"),
    COMPENSATION(5, Level.BRANCH, "因为系统升级耽误了还款，产生了违约金，要求赔偿损失和误工费。"),
    FEES(6, Level.SUB_BRANCH, "系统切换后年费和短信费重复扣收，乱收费。"),
    ATTITUDE(9, Level.OUTLET, "大堂经理态度恶劣，不耐烦地训斥我。", "柜员推诿，让我去别的网点办理。"),
    CROSS_PROVINCE(3, Level.BRANCH, "外地卡在本地无法取款，跨省业务办不了。"),
    SUGGESTION(2, Level.OUTLET, "建议系统升级前提前一周短信通知客户。");

    /** The level of the bank that usually handles the kind. */
    enum Level {
        OUTLET, SUB_BRANCH, BRANCH
    }

    final int weight;
    final Level level;
    final List<String> texts;

    Scenario(int weight, Level level, String... texts) {
        this.weight = weight;
        this.level = level;
        this.texts = List.of(texts);
    }

    /** Whether the migration caused it, so its root cause is the cut-over. */
    boolean migrationCaused() {
        return this != ATTITUDE && this != SUGGESTION && this != CROSS_PROVINCE;
    }

    static int totalWeight() {
        int total = 0;
        for (Scenario s : values()) {
            total += s.weight;
        }
        return total;
    }

    static Scenario pick(int roll) {
        int at = roll;
        for (Scenario s : values()) {
            at -= s.weight;
            if (at < 0) {
                return s;
            }
        }
        return SUGGESTION;
    }
}
