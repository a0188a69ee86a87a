package org.complaintkit.spi.erasure;

/** Where a personal-data key stands. */
public enum KeyState {
    /** The key exists and decrypts. */
    PRESENT,
    /** The key existed and was destroyed: what it encrypted is erased. */
    DESTROYED,
    /** No key with this reference ever existed in this store. */
    UNKNOWN
}
