/**
 * The Spring Boot starter: auto-configuration of the engine from {@code complaintkit.*} properties and the
 * application's beans, the scheduled sweeps and dispatch runs, Micrometer meters and Actuator health indicators.
 * docs/spring-boot.md describes it.
 */
package org.complaintkit.spring.boot;
