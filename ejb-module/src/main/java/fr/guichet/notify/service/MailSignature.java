package fr.guichet.notify.service;

import java.util.List;

/**
 * Port: who signs every mail — the operator's name, postal address and support contact. Implemented by the feature
 * that knows the operator's company (billing); without it, mails are signed with the sender's address alone.
 */
public interface MailSignature {

    Signature current();

    /** The operator as mails show it; {@code addressLines} may be empty. */
    record Signature(String name, List<String> addressLines, String supportEmail) {}
}
