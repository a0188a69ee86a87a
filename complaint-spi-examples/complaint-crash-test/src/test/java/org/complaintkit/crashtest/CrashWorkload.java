package org.complaintkit.crashtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What one client thread sends, as a pure function of the run's seed and the thread's number: its complaints'
 * registrations interleaved with the steps that move each complaint on, each under an idempotency key made of the
 * seed, the thread and the operation's index. A restarted child regenerates the same list and carries on from where
 * the parent saw the thread get to, resending the last operations with the same keys.
 */
final class CrashWorkload {
    /** Complaint texts the classifier puts in the group scheme, few of them so that groups form. */
    static final List<String> TEXTS = List.of("系统切换后ATM取不了钱，跑了三个网点都用不了。",
            "昨天的转账还没到账，系统切换后一直显示处理中。", "系统切换后年费和短信费重复扣收，乱收费。");

    /** What an operation does. */
    enum Kind {
        REGISTER, ACCEPT, ASSIGN, START, NOTE, PROPOSE, APPROVE, RESPOND, WITHDRAW
    }

    /**
     * One operation.
     *
     * @param index its place in the thread's list
     * @param key its idempotency key
     * @param kind what it does
     * @param registration the key of the registration of the complaint it works on (its own key for a registration)
     * @param outlet the outlet's index among the bank's outlets
     * @param customer the customer number, for a registration
     * @param text the index of the complaint text, for a registration
     */
    record Op(int index, String key, Kind kind, String registration, int outlet, long customer, int text) {
    }

    private CrashWorkload() {
    }

    /** The first {@code count} operations of a thread. */
    static List<Op> operations(long seed, int thread, int count, int outlets) {
        Random random = new Random(seed * 1_000_003L + thread * 7_919L);
        List<Op> out = new ArrayList<>(count);
        List<Case> open = new ArrayList<>();
        int cases = 0;
        long lastCustomer = -1;
        int lastText = 0;
        int lastOutlet = 0;
        while (out.size() < count) {
            int index = out.size();
            String key = "crash-" + seed + "-t" + thread + "-" + index;
            if (open.size() < 3 || random.nextInt(100) < 30) {
                boolean repeat = lastCustomer >= 0 && random.nextInt(100) < 10;
                long customer = repeat ? lastCustomer : 10_000_000L + thread * 1_000_000L + cases;
                int text = repeat ? lastText : random.nextInt(TEXTS.size());
                int outlet = repeat ? lastOutlet : random.nextInt(Math.min(2, outlets));
                cases++;
                out.add(new Op(index, key, Kind.REGISTER, key, outlet, customer, text));
                open.add(new Case(key, outlet, plan(random), 0.05 + random.nextDouble() * 0.95));
                lastCustomer = customer;
                lastText = text;
                lastOutlet = outlet;
                continue;
            }
            Case c = open.get(random.nextInt(open.size()));
            if (random.nextDouble() > c.pace) {
                // a slow case lies a while: a step of another one, or a new complaint, comes first
                Case other = open.get(random.nextInt(open.size()));
                if (other != c && random.nextDouble() <= other.pace) {
                    c = other;
                } else {
                    continue;
                }
            }
            out.add(new Op(index, key, c.steps.get(c.at), c.registration, c.outlet, 0, 0));
            c.at++;
            if (c.at >= c.steps.size()) {
                open.remove(c);
            }
        }
        return out;
    }

    private static List<Kind> plan(Random random) {
        int roll = random.nextInt(100);
        if (roll < 15) {
            return List.of(Kind.ACCEPT);
        }
        if (roll < 30) {
            return List.of(Kind.ACCEPT, Kind.WITHDRAW);
        }
        List<Kind> steps = new ArrayList<>(List.of(Kind.ACCEPT, Kind.ASSIGN, Kind.START));
        if (random.nextBoolean()) {
            steps.add(Kind.NOTE);
        }
        steps.addAll(List.of(Kind.PROPOSE, Kind.APPROVE, Kind.RESPOND));
        return steps;
    }

    private static final class Case {
        final String registration;
        final int outlet;
        final List<Kind> steps;
        final double pace;
        int at;

        Case(String registration, int outlet, List<Kind> steps, double pace) {
            this.registration = registration;
            this.outlet = outlet;
            this.steps = steps;
            this.pace = pace;
        }
    }
}
