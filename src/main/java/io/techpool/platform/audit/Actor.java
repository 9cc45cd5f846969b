package io.techpool.platform.audit;

/**
 * Who did it: the token's {@code sub} (stable when a user is renamed or re-created), its user name and realm
 * roles as they were at the time, and the client's address as the app sees it (the connection's, or what a
 * trusted proxy forwarded: see {@code quarkus.http.proxy.trusted-proxies}). All null for the system (a job).
 */
record Actor(String subject, String username, String roles, String address) {

    static final Actor SYSTEM = new Actor(null, null, null, null);
}
