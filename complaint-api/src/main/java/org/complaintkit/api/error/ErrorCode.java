package org.complaintkit.api.error;

/**
 * The stable error codes of ComplaintKit. A code never changes meaning once released; hosts may
 * match on {@link #code()} in their own error handling and translations.
 *
 * <p>Ranges: {@code CMP-1xxx} bad input, {@code CMP-2xxx} refused by the lifecycle or a policy,
 * {@code CMP-3xxx} storage and concurrency, {@code CMP-4xxx} configuration and plug-ins,
 * {@code CMP-5xxx} business calendars and SLA clocks.
 */
public enum ErrorCode {
    /** A required value is missing. */
    REQUIRED("CMP-1001", "a value is required"),
    /** A text value is empty or only white space. */
    BLANK("CMP-1002", "must not be blank"),
    /** A text or collection is longer than allowed. */
    TOO_LONG("CMP-1003", "is longer than allowed"),
    /** A value does not have the expected format. */
    BAD_FORMAT("CMP-1004", "does not have the expected format"),
    /** A number or count is outside its allowed range. */
    OUT_OF_RANGE("CMP-1005", "is outside the allowed range"),
    /** A value breaks another constraint. */
    INVALID_VALUE("CMP-1006", "is not a valid value"),
    /** A text contains control characters or unpaired surrogates. */
    ILLEGAL_CHARACTERS("CMP-1007", "contains control characters or unpaired surrogates"),
    /** A unit is not known to the organisation directory. */
    UNKNOWN_UNIT("CMP-1101", "names a unit the organisation directory does not know"),
    /** A staff member is not known to the organisation directory. */
    UNKNOWN_STAFF("CMP-1102", "names a staff member the organisation directory does not know"),
    /** The same handling unit is named twice in one assignment. */
    DUPLICATE_HANDLER("CMP-1103", "names the same handling unit twice"),
    /** A time lies after the engine's clock. */
    TIME_IN_FUTURE("CMP-1104", "lies in the future of the engine's clock"),
    /** A complaint refers to itself. */
    SELF_REFERENCE("CMP-1105", "refers to the complaint itself"),
    /** The command names a clock, or a tier of one, that the complaint does not run. */
    UNKNOWN_CLOCK("CMP-1106", "names a clock or tier the complaint does not run"),
    /** The command names a scheme the complaint was not classified by, or a class the scheme lacks. */
    UNKNOWN_CLASS("CMP-1107", "names a scheme or class the complaint's classification does not have"),
    /** A notice the command causes lacks content its template requires (a decision without facts, basis or remedies). */
    NOTICE_INCOMPLETE("CMP-1108", "a notice the command causes lacks content its template requires"),
    /** No outbox entry has the dedupe key given. */
    UNKNOWN_NOTICE("CMP-1109", "names a notice the outbox does not hold"),
    /** An evidence key the evidence store could never have handed out: empty, absolute, or leaving its root. */
    INVALID_EVIDENCE_KEY("CMP-1120", "is not a key the evidence store hands out"),
    /** A return visit's survey answers do not fit the survey the engine is configured with. */
    SURVEY_ANSWER_INVALID("CMP-1130", "does not fit the return-visit survey"),

    /** The command is not allowed in the complaint's current status. */
    ILLEGAL_TRANSITION("CMP-2001", "is not allowed in the complaint's current status"),
    /** The approver proposed the resolution (four-eyes rule). */
    FOUR_EYES("CMP-2101", "the approver must not be the proposer"),
    /** A staff member with an interest in the complaint may not handle or approve it. */
    RECUSAL("CMP-2102", "the staff member has an interest in the complaint and is recused"),
    /** A review was requested after its window closed. */
    REVIEW_WINDOW_CLOSED("CMP-2103", "the window for requesting a review has closed"),
    /** Re-investigation after a response needs a dissatisfied customer. */
    CUSTOMER_NOT_DISSATISFIED("CMP-2104", "re-investigation needs the customer's dissatisfaction on record"),
    /** An approval is needed for the proposal but was not recorded. */
    APPROVAL_REQUIRED("CMP-2105", "the proposed resolution needs approval"),
    /** Approval is not needed for the proposal. */
    APPROVAL_NOT_REQUIRED("CMP-2106", "the proposed resolution needs no approval"),
    /** The clock cannot be extended to this tier now: not running, already due, or not a later tier. */
    EXTENSION_NOT_ALLOWED("CMP-2107", "the clock cannot be extended to this tier now"),
    /** The extension tier needs approval by a role the acting staff member does not hold. */
    EXTENSION_NOT_APPROVED("CMP-2108", "the extension needs approval by a role the actor does not hold"),
    /** The extension tier needs a customer notice and none was given. */
    EXTENSION_NOTICE_REQUIRED("CMP-2109", "the extension must be notified to the customer"),
    /** The amount exceeds what the acting staff member's roles may grant, or a co-approval is missing. */
    AUTHORITY_EXCEEDED("CMP-2110", "exceeds the actor's authority or lacks a required co-approval"),
    /** The complaint is already at the head office: there is no level above to escalate to. */
    ESCALATION_AT_TOP("CMP-2111", "there is no level above to escalate to"),
    /** The access policy denies the actor this view or action; the denial is recorded on the complaint. */
    ACCESS_DENIED("CMP-2112", "the access policy denies this to the actor"),
    /** Only the complaint-management unit and the first-contact owner urge, and only a named handler. */
    URGE_NOT_ALLOWED("CMP-2113", "the actor may not urge, or no handler is named"),
    /** Only a dead-lettered notice can be put back for delivery. */
    NOTICE_NOT_DEAD("CMP-2114", "the notice is not dead-lettered"),
    /** A remediation action can be completed only where it was planned, and only once. */
    REMEDIATION_NOT_OPEN("CMP-2115", "the complaint planned no such remediation action, or it is already done"),
    /** The acting staff member is not in the organisation directory. */
    ACTOR_UNKNOWN("CMP-2116", "the acting staff member is not in the organisation directory"),
    /** The acting staff member is in the directory but not active (left, suspended, absent). */
    ACTOR_INACTIVE("CMP-2117", "the acting staff member is not active in the organisation directory"),
    /** The unit or roles the caller claims for the actor are not the directory's. */
    ACTOR_MISMATCH("CMP-2118", "the actor's unit or roles are not those the organisation directory gives"),
    /** A caller claimed the system role, unit or id, which only the engine's own components act under. */
    SYSTEM_ACTOR_CLAIMED("CMP-2119", "only the engine's own components act as system actors"),
    /** The evidence store holds no document under the key an attachment names. */
    EVIDENCE_NOT_ON_FILE("CMP-2120", "the evidence store holds no document under this key"),
    /** The stored document's size or SHA-256 differs from what the attachment claims. */
    EVIDENCE_DIFFERS("CMP-2121", "the stored document's size or SHA-256 differs from the attachment's"),
    /** Evidence is attached or verified, but the engine was built without an evidence store. */
    NO_EVIDENCE_STORE("CMP-2122", "the engine has no evidence store; configure one with Builder.evidence"),
    /** Only a member of a unit named as co-handler of the complaint gives a co-handler's opinion. */
    NOT_A_CO_HANDLER("CMP-2140", "the actor is not a member of a unit co-handling the complaint"),
    /** Only the complaint's current first-contact owner (or, for a transfer, the complaint-management unit) may do this. */
    NOT_FIRST_CONTACT_OWNER("CMP-2141", "the actor is not the complaint's current first-contact owner"),
    /** The organisation directory names no head of the unit handling the complaint, or the engine has none. */
    NO_UNIT_HEAD("CMP-2142", "the directory names no head of the unit handling the complaint"),
    /** The named first-contact owner already owns the complaint. */
    OWNER_UNCHANGED("CMP-2143", "the named staff member already owns the complaint"),

    /** Another command changed the complaint first (optimistic concurrency). */
    VERSION_CONFLICT("CMP-3001", "the complaint was changed by another command"),
    /** An idempotency key was reused for a different command. */
    IDEMPOTENCY_KEY_REUSED("CMP-3002", "the idempotency key was already used for a different command"),
    /** No complaint has the given id. */
    COMPLAINT_NOT_FOUND("CMP-3003", "no complaint has this id"),
    /** A complaint with the given id exists already. */
    DUPLICATE_COMPLAINT("CMP-3004", "a complaint with this id exists already"),
    /**
     * An idempotency key was reused for a command of the same kind whose content differs from the first: a key
     * is a promise that the command is the same one sent again, so a different payload under it is refused and
     * nothing is stored. Make keys globally unique (a UUID, or unit, date and counter).
     */
    IDEMPOTENCY_PAYLOAD_CHANGED("CMP-3005", "the idempotency key was already used for a command with other content"),
    /** The store failed: an error inside the store, or stored data it cannot read back. */
    STORE_FAILURE("CMP-3100", "the complaint store failed"),
    /**
     * The store could not be reached (the database is down, the network or the connection pool failed).
     * A write that fails so was rolled back, unless the connection broke during its commit, when the outcome
     * is unknown; either way, sending the same command again with the same idempotency key once the store
     * is back is safe: it is applied once.
     */
    STORE_UNAVAILABLE("CMP-3101", "the complaint store cannot be reached"),
    /**
     * Stored text is nested deeper, or is longer or holds more values, than the codec reads
     * ({@code EventCodec.MAX_DEPTH}, {@code MAX_TEXT_LENGTH}, {@code MAX_VALUES}): a row no engine wrote, refused
     * before it can exhaust the stack or the heap. The integrity verifier reports such a row as unreadable.
     */
    STORED_TEXT_BEYOND_LIMITS("CMP-3102", "the stored text is nested deeper or is larger than the codec reads"),
    /**
     * The command would take the complaint past its cap on events or on stored size (set on the engine
     * builder with {@code complaintCaps}); nothing is stored.
     */
    COMPLAINT_CAP_REACHED("CMP-3103", "the command would take the complaint past its cap on events or stored size"),
    /**
     * A notice in the outbox is addressed to another recipient, or another contact point, than the one the
     * complaint's sealed history implies (its row was edited outside the engine): the dispatcher does not send
     * it and dead-letters it with this code. Put the row back as the engine wrote it, or compare it with
     * {@code ComplaintEngine.verifyAll}, before putting the notice back.
     */
    NOTICE_RECIPIENT_DISAGREES("CMP-3110", "the notice's recipient is not the one the sealed history implies"),
    /**
     * A notice in the outbox that no event of the complaint's sealed history causes (added, or moved to another
     * event, outside the engine): the dispatcher does not send it and dead-letters it with this code.
     */
    NOTICE_UNFOUNDED("CMP-3111", "no event of the sealed history causes this notice"),
    /**
     * The history of the complaint a notice belongs to does not verify against its seals, so the recipient it
     * implies cannot be trusted: the dispatcher does not send the notice and dead-letters it with this code.
     */
    HISTORY_NOT_INTACT("CMP-3112", "the complaint's history does not verify against its seals"),
    /** The evidence store failed to read or write a document. */
    EVIDENCE_STORE_FAILURE("CMP-3120", "the evidence store failed to read or write a document"),

    /** More than one plug-in of one kind was discovered and none was chosen explicitly. */
    AMBIGUOUS_PLUGINS("CMP-4001", "more than one plug-in was discovered; choose one explicitly"),
    /** A lifecycle transition table is inconsistent. */
    INVALID_LIFECYCLE("CMP-4002", "the lifecycle transition table is inconsistent"),
    /** A configuration value is invalid. */
    INVALID_CONFIGURATION("CMP-4003", "the configuration is invalid"),
    /** A taxonomy or scheme-mapping file is invalid; each violation names the file and line. */
    INVALID_TAXONOMY("CMP-4004", "the taxonomy is inconsistent"),
    /** A classification rules file is invalid; each violation names the file and line. */
    INVALID_RULES("CMP-4005", "the classification rules are invalid"),
    /** An organisation file is invalid; each violation names the file and line. */
    INVALID_ORGANISATION("CMP-4006", "the organisation data is invalid"),
    /** Notice templates or notification rules are malformed. */
    INVALID_TEMPLATES("CMP-4007", "the notice templates or notification rules are invalid"),

    /** A calendar computation needs a date outside the calendar's known range. */
    BEYOND_CALENDAR_HORIZON("CMP-5001", "needs a date outside the calendar's known range"),
    /** A calendar definition is inconsistent. */
    INVALID_CALENDAR("CMP-5002", "the calendar definition is inconsistent"),
    /** The text of a State Council holiday notice cannot be read, or contradicts itself or the calendar it changes. */
    INVALID_HOLIDAY_NOTICE("CMP-5003", "the holiday notice cannot be read or does not fit"),
    /**
     * A clock runs on the calendar of a jurisdiction or a unit for which no calendar is registered, and the host
     * did not opt into the default calendar as a fallback ({@code SlaSetup.Builder.fallbackToDefaultCalendar()}).
     */
    CALENDAR_NOT_REGISTERED("CMP-5010", "no calendar is registered for the jurisdiction or unit a clock runs on"),
    /**
     * A complaint query names a condition that cannot hold: a blank or too long class, reference or clock id, or
     * a clock to test for overdue without the instant to test it at.
     */
    QUERY_CONDITION_INVALID("CMP-1135", "a query condition is blank, too long, or lacks the instant it needs"),
    /** Changing a promise made to the customer needs the reason for the change. */
    PROMISE_CHANGE_NEEDS_REASON("CMP-2130", "changing a promise to the customer needs a reason"),
    /** Only a complaint that a body forwarded can be replied to that body. */
    NOT_FORWARDED("CMP-2131", "the complaint was not forwarded by another body"),
    /** A promise starts a clock, and clocks run on a business calendar the engine does not have. */
    PROMISE_NOT_TIMED("CMP-2132", "the engine has no business calendar to run the promise's clock on"),
    /** A completion time promised to the customer does not lie after the engine's clock. */
    PROMISE_NOT_AHEAD("CMP-1125", "the promised time does not lie after the engine's clock"),
    /** The approver lacks the role, the unit level or the place on the complaint's line the approval matrix asks for. */
    APPROVAL_AUTHORITY_MISSING("CMP-2160", "the approver lacks the authority the approval matrix asks for"),
    /** No row of the approval matrix covers the resolution, so nobody may approve it. */
    NO_APPROVAL_ROW("CMP-2161", "no row of the approval matrix covers the resolution"),
    /** An approval matrix (a file's line or a builder's row) is invalid. */
    INVALID_APPROVAL_MATRIX("CMP-4010", "the approval matrix is invalid"),
    /** An approval matrix was configured on an engine with no organisation directory to read roles and levels from. */
    APPROVAL_MATRIX_NEEDS_DIRECTORY("CMP-4011", "an approval matrix needs an organisation directory"),
    /** Groups are scoped by branch but the engine has no organisation directory to find the branch in. */
    GROUP_SCOPE_NEEDS_DIRECTORY("CMP-4020", "group detection by branch needs an organisation directory"),
    /** A registration's headcount is not between 1 and the most one registration may count. */
    HEADCOUNT_OUT_OF_RANGE("CMP-1150", "the headcount of a registration is out of range"),
    /**
     * An emergency payment would pass a cap the engine enforces: per payment, per complaint, or per customer over a
     * period (seed 002 第二篇 四(三)4); the refusal names the cap, its limit and the amount already paid.
     */
    PAYMENT_CAP_EXCEEDED("CMP-2170", "the emergency payment would pass a per-payment, per-complaint or per-customer cap"),
    /** The engine enforces emergency-payment caps, but none names the customer's segment in the payment's currency. */
    PAYMENT_CAP_MISSING("CMP-2171", "no emergency-payment cap covers the customer's segment in the payment's currency"),
    /** The emergency-payment caps are inconsistent: a cap given twice, or a period out of range or misplaced. */
    INVALID_PAYMENT_CAPS("CMP-4015", "the emergency-payment caps are invalid"),
    /** The complaint stands at the top tier of the engine's tier ladder: there is no tier above to hand it up to. */
    TIER_AT_TOP("CMP-2190", "the complaint is at the top tier; there is no tier above"),
    /** The actor holds no role of the complaint's current tier or of a tier above it. */
    NOT_AT_TIER("CMP-2191", "the actor holds no role of the complaint's tier or a tier above it"),
    /**
     * The amount lies beyond the authority of the complaint's current tier; the refusal names the tier to hand the
     * complaint up to.
     */
    TIER_AUTHORITY_EXCEEDED("CMP-2192", "the amount lies beyond the authority of the complaint's tier"),
    /** A complaint is handed up a tier on an engine that has no tier ladder. */
    NO_TIER_LADDER("CMP-2193", "the engine has no tier ladder; configure one with Builder.tierLadder"),
    /** The tier the complaint was last handed up to is not on the engine's tier ladder (the ladder changed). */
    TIER_NOT_ON_LADDER("CMP-2194", "the complaint's recorded tier is not on the engine's tier ladder"),
    /** A tier ladder is incomplete: no tiers, a tier id twice, a tier without a name, roles or a limit per action. */
    INVALID_TIER_LADDER("CMP-4035", "the tier ladder is invalid"),
    /** One role is named at two tiers, so a staff member holding it would stand at both. */
    TIER_ROLE_SHARED("CMP-4036", "a role is named at two tiers of the tier ladder"),
    /** A tier may grant less than a tier below it, or its limit is in another currency than the one below. */
    TIER_AUTHORITY_DECREASES("CMP-4037", "a tier's authority is below that of a tier beneath it"),
    /**
     * A clock meant to shorten another for priority customers would not be provably shorter: a target of another
     * kind or a longer one, or the clock shortened is a window, whose end is the customer's right, not a duty.
     */
    PRIORITY_CLOCK_NOT_SHORTER("CMP-4050", "a priority clock must be a duty no longer than the clock it shortens"),
    /**
     * An SLA policy is chosen by priority, or by flags that only a classifier and its link detectors raise, and the
     * engine has no classifier: the policy could never apply.
     */
    POLICY_NEEDS_CLASSIFIER("CMP-4051", "an SLA policy chosen by priority or by a classifier's flags needs a classifier"),
    /**
     * The approver already approved an earlier step of the resolution awaiting approval: each step of a
     * several-step approval is given by someone else (four eyes across the steps).
     */
    APPROVER_ALREADY_APPROVED("CMP-2180", "the approver already approved an earlier step of this resolution"),
    /**
     * The approver lacks the authority the approval matrix asks for the step of a several-step approval now due;
     * the refusal names the step and the authority, such as "step 2 of 2 needs role superior-approver at a
     * HEAD_OFFICE unit".
     */
    APPROVAL_STEP_AUTHORITY_MISSING("CMP-2181", "the approver lacks the authority the approval matrix asks for this approval step"),
    /**
     * The approval matrix asks for the concurrence of a department of a kind (line co-approval) before the final
     * approval, and no such department concurred since the resolution was proposed.
     */
    LINE_CONCURRENCE_MISSING("CMP-2182", "the approval matrix asks for a department's concurrence before the final approval"),
    /**
     * Reported by the lifecycle guard that routes an approval to an earlier step: this approval is the last step
     * the approval matrix asks for (the lifecycle then takes the final approval's row instead).
     */
    FINAL_APPROVAL_STEP("CMP-2183", "this approval is the last step the approval matrix asks for"),
    /**
     * A complaint is handed up a tier although it is not handled within the tier ladder's scope (such as a branch's
     * complaint on an engine whose ladder is the card centre's): it has no tier.
     */
    COMPLAINT_NOT_TIERED("CMP-2195", "the complaint is not handled within the tier ladder's scope; it has no tier"),
    /**
     * The tier ladder's scope needs the organisation directory (to find sub-units or the handling department's
     * kind) and the engine has none, or the scope names a unit the directory does not know.
     */
    TIER_SCOPE_NEEDS_DIRECTORY("CMP-4038", "the tier ladder's scope cannot be placed without the organisation directory"),
    /**
     * A tier ladder names no scope, or an empty one: the host says which complaints are tiered, with
     * {@code within(...)}, or {@code bankWide()} for all of them.
     */
    TIER_SCOPE_MISSING("CMP-4039", "the tier ladder names no scope of complaints it applies to"),
    /** A cohort pause order is incomplete or contradictory: reference, reason, clocks or selection (DISP App 5). */
    COHORT_ORDER_INVALID("CMP-1190", "the cohort pause order is invalid"),
    /** A cohort pause order names a clock the engine does not define. */
    COHORT_ORDER_UNKNOWN_CLOCK("CMP-1191", "the cohort pause order names a clock the engine does not define"),
    /** The cohort order already pauses the complaint's clocks. */
    ORDER_ALREADY_PAUSES("CMP-2220", "the cohort order already pauses this complaint's clocks"),
    /** The cohort order does not pause the complaint's clocks, so there is nothing to resume. */
    ORDER_NOT_PAUSING("CMP-2221", "the cohort order does not pause this complaint's clocks"),
    /** No cohort order has the reference given. */
    COHORT_ORDER_UNKNOWN("CMP-2222", "no cohort order has this reference"),
    /** A cohort order with the reference exists already. */
    COHORT_ORDER_EXISTS("CMP-2223", "a cohort order with this reference exists already"),
    /** The cohort order was lifted already, so it cannot be lifted again. */
    COHORT_ORDER_LIFTED("CMP-2224", "the cohort order was lifted already"),
    /** The engine's cohort batch size is out of range. */
    COHORT_BATCH_SIZE_INVALID("CMP-4045", "the cohort batch size must be between 1 and 1,000"),
    /** The store keeps no cohort orders, so none can be issued, and registrations cannot know of one. */
    COHORT_ORDERS_UNSUPPORTED("CMP-5020", "the store keeps no cohort orders"),
    /** The store holds a different revision of the cohort order than the one the write expected. */
    COHORT_ORDER_CONFLICT("CMP-5021", "the cohort order changed in the store since it was read"),
    /** A responsibility finding's parties do not fit its verdict, or name a party twice. */
    RESPONSIBILITY_INCONSISTENT("CMP-1180", "the finding's parties do not fit its verdict"),
    /** A liable party names no staff member and no unit, or both. */
    LIABLE_PARTY_INVALID("CMP-1181", "a liable party names exactly one staff member or one unit"),
    /** A sanction's detail does not fit its kind. */
    SANCTION_INCOMPLETE("CMP-1182", "the sanction's detail does not fit its kind"),
    /** An accountability decision's sanctions do not fit its outcome. */
    DECISION_INCONSISTENT("CMP-1183", "the decision's sanctions do not fit its outcome"),
    /** An accountability decision with no open case to decide. */
    NO_OPEN_ACCOUNTABILITY_CASE("CMP-2200", "the complaint has no open accountability case"),
    /** The actor is a person the accountability concerns. */
    ACCOUNTABILITY_CONCERNED("CMP-2201", "the actor is a person the accountability concerns"),
    /** A sanction on a party the latest responsibility finding does not name liable. */
    SANCTION_NOT_ON_LIABLE("CMP-2202", "the sanction is on a party the latest finding does not name liable"),
    /** The reader is a person concerned and the accountability is not decided yet. */
    ACCOUNTABILITY_WITHHELD("CMP-2203", "the accountability record is kept from a person concerned until decided"),
    /** The accountability policy is inconsistent: it opens cases on no trigger. */
    INVALID_ACCOUNTABILITY_POLICY("CMP-4040", "the accountability policy is invalid"),
    /** Issuing or lifting a cohort pause order by an actor who holds none of the roles the engine allows it to. */
    COHORT_ORDER_ROLE_REQUIRED("CMP-2225", "issuing or lifting a cohort pause order needs a role the actor lacks"),
    /** The engine was given no role that may issue and lift cohort pause orders. */
    COHORT_ORDER_ROLES_EMPTY("CMP-4046", "at least one role must be allowed to issue and lift cohort pause orders"),
    /** The actor holds none of the roles the accountability policy lets record a responsibility finding. */
    RESPONSIBILITY_RECORDER_ROLE_MISSING("CMP-2184",
            "the actor holds no role that may record a responsibility finding"),
    /** The actor holds none of the roles the accountability policy lets decide an accountability case. */
    ACCOUNTABILITY_DECIDER_ROLE_MISSING("CMP-2185", "the actor holds no role that may decide accountability"),
    /** The person who proposed the resolution concurs with it. */
    CONCURRER_IS_PROPOSER("CMP-2186", "the proposer of a resolution does not concur with it"),
    /** The approver concurred with the resolution: one person does not both concur and approve. */
    APPROVER_CONCURRED("CMP-2187", "the approver concurred with the resolution and does not also approve it"),
    /** The concurrer already approved a step of the resolution: one person does not both approve and concur. */
    CONCURRER_APPROVED("CMP-2188", "the concurrer already approved a step of the resolution"),
    /** The concurring staff member belongs to no department of the organisation directory. */
    CONCURRER_WITHOUT_DEPARTMENT("CMP-2189", "the concurrer belongs to no department"),
    /** An accountability policy lets no role record a finding or decide a case. */
    ACCOUNTABILITY_ROLES_EMPTY("CMP-4041", "the accountability policy names no role for recording or deciding"),
    /** A saved classifier model does not start with the model file's magic: it is not a model file. */
    MODEL_FILE_NOT_A_MODEL("CMP-4080", "is not a saved classifier model"),
    /** A saved classifier model is of a format revision this version does not read. */
    MODEL_FILE_REVISION("CMP-4081", "is a saved model of a format revision this version does not read"),
    /** A saved classifier model is truncated or corrupt: its checksum does not match or its content ends early. */
    MODEL_FILE_CORRUPT("CMP-4082", "is truncated or corrupt"),
    /** A saved classifier model was trained with another embedding model than the one it is loaded with. */
    MODEL_EMBEDDER_MISMATCH("CMP-4083", "was trained with another embedding model"),
    /** A saved classifier model names a scheme, or a version of one, that the schemes it is loaded with lack. */
    MODEL_TAXONOMY_GONE("CMP-4084", "names a scheme or scheme version that no longer exists"),
    /** A saved classifier model names a class that its scheme no longer has. */
    MODEL_CLASS_GONE("CMP-4085", "names a class its scheme no longer has"),
    /** A training set cannot train a classifier: ids given twice, or a scheme no example is labelled in. */
    TRAINING_SET_INVALID("CMP-4086", "the training set cannot train the classifier"),
    /** A combination of classifiers was configured with a threshold outside its range. */
    INVALID_CLASSIFIER_COMBINATION("CMP-4070", "the classifier combination's thresholds are out of range"),
    /** The Spring Boot starter was given no calendar: neither a shipped one, nor a file, nor an SLA setup bean. */
    STARTER_NO_CALENDAR("CMP-4100", "no calendar is configured: name a shipped calendar or a calendar file"),
    /** The Spring Boot starter was asked for an SLA preset it does not know. */
    STARTER_UNKNOWN_PRESET("CMP-4101", "names an SLA preset the starter does not know"),
    /** The Spring Boot starter has no store: no DataSource bean, and no store type asked for. */
    STARTER_NO_STORE("CMP-4102", "no complaint store is configured: provide a DataSource or choose a store type"),
    /** A property of the Spring Boot starter is outside its allowed range. */
    STARTER_PROPERTY_INVALID("CMP-4103", "a complaintkit property is outside its allowed range"),
    /** The Spring Boot starter cannot tell which notification sender beans to use. */
    STARTER_SENDERS_UNRESOLVED("CMP-4104", "the notification senders cannot be resolved from the application's beans"),
    /** The Spring Boot starter was asked for a shipped calendar the library does not ship. */
    STARTER_UNKNOWN_CALENDAR("CMP-4105", "names a shipped calendar the library does not ship"),
    /** The Spring Boot starter was given both a shipped calendar and a calendar file as the default calendar. */
    STARTER_CALENDAR_AMBIGUOUS("CMP-4106", "both a shipped calendar and a calendar file are named as the default"),
    /** A calendar file named in the Spring Boot starter's properties cannot be read. */
    STARTER_CALENDAR_UNREADABLE("CMP-4107", "a calendar file named in the properties cannot be read"),
    /** A complaintkit property of the Spring Boot starter is set but blank. */
    STARTER_PROPERTY_BLANK("CMP-4108", "a complaintkit property is set but blank"),
    /** A complaintkit property of the Spring Boot starter cannot be read as its type. */
    STARTER_PROPERTY_UNREADABLE("CMP-4109", "a complaintkit property cannot be read as its type"),
    /** A complaintkit property the Spring Boot starter does not know is set. */
    STARTER_PROPERTY_UNKNOWN("CMP-4110", "a complaintkit property the starter does not know is set"),
    /** A library the Spring Boot starter relies on is at a version the library was not tested with. */
    STARTER_UNTESTED_VERSION("CMP-4111", "a library the starter relies on is at a version it was not tested with"),
    /** The store keeps no report projections, so none can be saved or rebuilt; reports fold histories instead. */
    PROJECTIONS_UNSUPPORTED("CMP-5060", "the store keeps no report projections"),
    /** A report projection's stored text does not read as the facts of its revision. */
    PROJECTION_UNREADABLE("CMP-5061", "a stored report projection does not read as the facts of its revision"),
    /** Two keys of a seal key ring have the same version. */
    SEAL_KEY_VERSION_DUPLICATE("CMP-5080", "two seal keys have the same version"),
    /** A seal key ring names no current key. */
    SEAL_KEY_NO_CURRENT("CMP-5081", "the seal key ring names no current key"),
    /** The current key of a seal key ring is not one of its keys, or is the unkeyed legacy entry. */
    SEAL_KEY_CURRENT_UNKNOWN("CMP-5082", "the current seal key is not a keyed version of the ring"),
    /** A seal key is missing or shorter than 16 bytes. */
    SEAL_KEY_TOO_SHORT("CMP-5083", "a seal key is missing or shorter than 16 bytes"),
    /** A seal key's version is negative, or a rotation's new version is not above the current one. */
    SEAL_KEY_VERSION_INVALID("CMP-5084", "a seal key version is negative or does not follow the current one"),
    /** A seal key ring holds no key at all. */
    SEAL_KEY_RING_EMPTY("CMP-5085", "the seal key ring holds no key"),
    /** A seal key's secret cannot compute HMAC-SHA-256 (another algorithm, or a provider that refuses it). */
    SEAL_KEY_UNUSABLE("CMP-5086", "the seal key cannot compute HmacSHA256"),
    /** The access policy does not let the actor place or lift a legal hold. */
    LEGAL_HOLD_NOT_PERMITTED("CMP-2260", "the actor may not place or lift a legal hold on this complaint"),
    /** A legal hold stands on the complaint already; a second one is not placed. */
    LEGAL_HOLD_ALREADY_PLACED("CMP-2261", "a legal hold stands on the complaint already"),
    /** No legal hold stands on the complaint, so none can be lifted. */
    NO_LEGAL_HOLD("CMP-2262", "no legal hold stands on the complaint"),
    /** A retention policy contradicts itself or misses a record kind. */
    RETENTION_POLICY_INVALID("CMP-1250", "the retention policy is incomplete or contradicts itself"),
    /** A purge request is out of range (batch size, dry run without a policy). */
    PURGE_REQUEST_INVALID("CMP-1251", "the purge request is out of range"),
    /** A retention policy file cannot be read. */
    RETENTION_FILE_INVALID("CMP-1252", "the retention policy file cannot be read"),
    /** The store cannot delete what retention expires, so no purge runs on it. */
    PURGE_UNSUPPORTED("CMP-5070", "the store cannot purge expired records"),
    /** The host's archive failed to take a complaint's file; the complaint is kept and the purge stops. */
    ARCHIVE_FAILED("CMP-5071", "the retention archive did not take the complaint's file"),
    /** The complaint changed while the purge was deleting it; it is kept and looked at again by the next purge. */
    PURGE_CONFLICT("CMP-5072", "the complaint changed while the purge was deleting it"),
    /** The access policy does not let the actor erase the complaint's personal data. */
    ERASURE_NOT_PERMITTED("CMP-2280", "the actor may not erase this complaint's personal data"),
    /**
     * The complaint's personal data is stored in plain text (the engine has no key store, or the complaint was
     * registered before it had one), so it cannot be erased by destroying a key.
     */
    PERSONAL_DATA_NOT_ENCRYPTED("CMP-2281", "the complaint's personal data is not encrypted and cannot be crypto-shredded"),
    /** The complaint's personal data is erased already. */
    PERSONAL_DATA_ERASED("CMP-2282", "the complaint's personal data is erased already"),
    /** A command would record new personal data on a complaint whose personal data was erased. */
    ERASED_COMPLAINT_TAKES_NO_PERSONAL_DATA("CMP-2283",
            "the complaint's personal data was erased; no new personal data is recorded on it"),
    /** The erasure was recorded but the key store did not destroy the key; erase again. */
    ERASURE_KEY_NOT_DESTROYED("CMP-5090", "the erasure was recorded but the key store did not destroy the key"),
    /** A stored ciphertext names a key the key store never had, or does not decrypt under its key. */
    PERSONAL_DATA_KEY_INVALID("CMP-5091", "a stored ciphertext's key is unknown to the key store or does not decrypt it"),
    /** The key store failed. */
    PERSONAL_DATA_KEYS_FAILED("CMP-5092", "the personal-data key store failed"),
    /**
     * A file the host asked a loader to read (a retention policy, a calendar, a holiday notice) cannot be read:
     * it does not exist, is a directory, or may not be read. The violation's path names the file.
     */
    FILE_UNREADABLE("CMP-4120", "the file cannot be read"),
    /**
     * A notice queued before the complaint's personal data was erased is not sent: the erasure ended it, dead, with
     * its text and contact point replaced by the erased marker.
     */
    NOTICE_CANCELLED_BY_ERASURE("CMP-2284", "the notice was not sent: the complaint's personal data was erased"),
    /** A notice derived after the erasure for a recipient reached at the complainant's erased contact point. */
    NOTICE_CONTACT_ERASED("CMP-2285", "the notice was not sent: its recipient's contact point is erased"),
    /** A notice whose text and contact point were erased cannot be put back for delivery. */
    ERASED_NOTICE_NOT_RETRIED("CMP-2286", "a notice whose personal data was erased cannot be put back for delivery"),
    /**
     * A command sent with an expected version ({@code ComplaintEngine.execute(command, ExpectedVersion.of(n))}) found
     * the complaint at another version: it was decided on a screen the complaint has moved past since. Nothing is
     * stored; read the complaint again and decide anew. A repeat of a key already applied is not refused: it gets
     * the first result.
     */
    STALE_VERSION("CMP-3006", "the complaint is no longer at the version the command was decided on"),
    /**
     * A step of the investigation (start, pause, resume) on a complaint with a named handler,
     * by someone who is not that handler, not the deputy acting for them while they are absent, and does not manage
     * complaints.
     */
    NOT_THE_HANDLER("CMP-2300",
            "only the named handler, the deputy acting for them, or the complaint-management unit takes this step"),
    /** An erasure is refused while a legal hold stands: the personal data is kept until the hold is lifted. */
    ERASURE_UNDER_LEGAL_HOLD("CMP-2287", "a legal hold stands; the personal data is kept until it is lifted");

    private final String code;
    private final String meaning;

    ErrorCode(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /**
     * Returns the stable code, for example {@code CMP-1001}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Returns a short English statement of what the code means.
     *
     * @return the meaning
     */
    public String meaning() {
        return meaning;
    }
}
