/** The audit log: who did what, when and why, for every security-relevant act (blocks, suspensions…). */
package fr.guichet.audit;
