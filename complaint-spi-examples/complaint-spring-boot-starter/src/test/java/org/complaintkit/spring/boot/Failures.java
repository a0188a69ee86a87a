package org.complaintkit.spring.boot;

import java.util.List;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.Violation;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;

/** The library's error at the root of a context's start-up failure. */
final class Failures {
    private Failures() {
    }

    static ComplaintKitException of(AssertableApplicationContext context) {
        Throwable failure = context.getStartupFailure();
        if (failure == null) {
            throw new AssertionError("the context started");
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ComplaintKitException e) {
                return e;
            }
        }
        throw new AssertionError("the start-up failed without a library error", failure);
    }

    /** The codes and paths of the start-up failure, as "CMP-nnnn path". */
    static List<String> violations(AssertableApplicationContext context) {
        return of(context).violations().stream().map(Failures::describe).toList();
    }

    static String describe(Violation v) {
        return v.code().code() + " " + v.path();
    }
}
