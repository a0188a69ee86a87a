package org.complaintkit.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the sample complaint-desk service. The starter builds the engine from {@code complaintkit.*} properties;
 * this application adds the HTTP API only.
 */
@SpringBootApplication
public class SampleServiceApplication {

    /**
     * Starts the service.
     *
     * @param args Spring Boot's command-line arguments, such as {@code --server.port=8080}
     */
    public static void main(String[] args) {
        SpringApplication.run(SampleServiceApplication.class, args);
    }
}
