package fr.guichet.dispatch.provider;

import java.net.http.HttpHeaders;

/** A whole HTTP answer as read by {@link HttpTransport}: status, headers and body text. */
record HttpReply(int status, HttpHeaders headers, String body) {

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
