"""Summarises `jfr print --events jdk.ExecutionSample` output: the share of samples whose innermost frame is in
each layer (self time), the share of samples that pass through each layer (inclusive), and the hottest methods."""
import collections, re, sys

LAYERS = [("guichet", "fr.guichet."), ("resteasy", "org.jboss.resteasy."), ("weld", "org.jboss.weld."),
          ("eclipselink", "org.eclipse.persistence."), ("postgresql", "org.postgresql."),
          ("bucket4j", "io.github.bucket4j."), ("json", "org.eclipse.parsson."), ("json", "org.eclipse.yasson."),
          ("fault-tolerance", "io.openliberty.microprofile.faulttolerance"),
          ("fault-tolerance", "com.ibm.ws.microprofile.faulttolerance"), ("failsafe", "dev.failsafe."),
          ("ejb", "com.ibm.ejs."), ("ejb", "com.ibm.ws.ejbcontainer."), ("transaction", "com.ibm.tx."),
          ("transaction", "com.ibm.ws.tx."), ("jdbc-pool", "com.ibm.ws.rsadapter."), ("jdbc-pool", "com.ibm.ejs.j2c."),
          ("cdi-liberty", "com.ibm.ws.cdi."), ("web-container", "com.ibm.ws.webcontainer."),
          ("web-container", "com.ibm.ws.http."), ("channel", "com.ibm.ws.tcpchannel."), ("channel", "com.ibm.ws.channel"),
          ("security", "com.ibm.ws.security."), ("http-client", "jdk.internal.net.http."),
          ("http-client", "org.apache.hc."), ("liberty-other", "com.ibm."), ("liberty-other", "io.openliberty."),
          ("jdk", "java."), ("jdk", "jdk."), ("jdk", "sun.")]

def layer(frame):
    for name, prefix in LAYERS:
        if frame.startswith(prefix):
            return name
    return "other"

samples, stack = [], []
for line in open(sys.argv[1]):
    line = line.strip()
    if line.startswith("jdk.ExecutionSample"):
        stack = []
        samples.append(stack)
    elif re.match(r"^[\w$.]+\.[\w$<>]+\(", line):
        stack.append(line.split("(")[0])
total = len(samples) or 1
self_layer, incl_layer, methods = collections.Counter(), collections.Counter(), collections.Counter()
for s in samples:
    if not s:
        continue
    self_layer[layer(s[0])] += 1
    methods[s[0]] += 1
    for l in {layer(f) for f in s}:
        incl_layer[l] += 1
print(f"{len(samples)} samples")
print("layer             self  inclusive")
for l, _ in incl_layer.most_common():
    print(f"{l:16s} {100 * self_layer[l] / total:5.1f}% {100 * incl_layer[l] / total:6.1f}%")
print("hottest methods (self):")
for m, c in methods.most_common(25):
    print(f"{100 * c / total:5.1f}%  {m}")
