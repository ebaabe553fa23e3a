package org.papergraph.system;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which other web origins may call {@code /graphql} from a browser, bound from {@code papergraph.cors.*}. Closed by
 * default: the explorer page is served from the same origin and needs no CORS.
 *
 * @param allowedOrigins origins such as {@code https://explorer.example.org}; empty sends no CORS headers at all
 * @param maxAge how long a browser may cache a preflight answer
 */
@ConfigurationProperties("papergraph.cors")
public record CorsProperties(@DefaultValue({}) List<String> allowedOrigins, @DefaultValue("1h") Duration maxAge) {
}
