#!/usr/bin/env python3
# Atelier's demo inference server: one tiny real model behind the KServe v2 REST protocol, with Prometheus metrics.
"""Serves an Atelier demo model (a nearest-centroid classifier written by core/serving/demo_serving.cpp)
on 127.0.0.1 with the KServe v2 REST protocol:

  GET  /v2/health/live          200 as soon as the process serves
  GET  /v2/health/ready         200 once the model is loaded, 503 before
  GET  /v2                      server metadata
  GET  /v2/models/NAME          model metadata (name, versions, platform, inputs, outputs)
  GET  /v2/models/NAME/ready    200 once the model is loaded, 503 before
  POST /v2/models/NAME/infer    {"inputs": [{"name", "shape", "datatype", "data"}]} -> {"outputs": [...]}
  GET  /metrics                 Prometheus text format 0.0.4

Only the Python standard library is used. Exit codes: 0 after SIGTERM or SIGINT, 2 for bad arguments
or a port in use, 3 for a model file that cannot be loaded (the reason is the last line on stderr).
"""

import argparse
import errno
import json
import math
import os
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PROGRAM = "demo_inference_server"
MODEL_FORMAT = "atelier-demo-model"
MAX_BODY_BYTES = 16 * 1024 * 1024
# Seconds; the upper bounds of the latency histogram's buckets (+Inf is added when written).
BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
NUMERIC_TYPES = {"FP16", "FP32", "FP64", "INT8", "INT16", "INT32", "INT64", "UINT8", "UINT16", "UINT32", "UINT64"}


class ModelError(Exception):
    """A model file that cannot be served; the message says which file, what is wrong and what to do."""


class Model:
    def __init__(self, path, document):
        self.path = path
        self.name = document.get("name", "")
        self.input_name = document["input"]["name"]
        self.features = document["input"]["features"]
        self.classes = document["classes"]
        self.centroids = document["centroids"]
        self.temperature = float(document.get("temperature", 1.0))

    def predict(self, rows):
        """Labels and softmax scores (over negative distances to the centroids) of each row."""
        labels, scores = [], []
        for row in rows:
            distances = [math.dist(row, centroid) for centroid in self.centroids]
            logits = [-d / self.temperature for d in distances]
            top = max(logits)
            exps = [math.exp(v - top) for v in logits]
            total = sum(exps)
            row_scores = [v / total for v in exps]
            labels.append(self.classes[distances.index(min(distances))])
            scores.extend(row_scores)
        return labels, scores


def fail_model(path, problem):
    raise ModelError(f"the model file {path} {problem}. Register a model written by Atelier's demo "
                     f"(format \"{MODEL_FORMAT}\"), or serve this one with its own server command.")


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def load_model(path):
    path = os.path.abspath(path)
    try:
        with open(path, "rb") as file:
            text = file.read()
    except OSError as error:
        raise ModelError(f"cannot read the model file {path}: {error.strerror}. Check that the deployment's "
                         f"model version still has its file.") from error
    try:
        document = json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        where = f" at line {error.lineno} column {error.colno}" if isinstance(error, json.JSONDecodeError) else ""
        fail_model(path, f"is not JSON{where} ({error.msg if hasattr(error, 'msg') else error})")
    if not isinstance(document, dict) or document.get("format") != MODEL_FORMAT:
        fail_model(path, f"is not an Atelier demo model (its \"format\" is not \"{MODEL_FORMAT}\")")
    if document.get("kind") != "nearest_centroid":
        fail_model(path, "has a \"kind\" other than \"nearest_centroid\"")
    spec = document.get("input")
    if not isinstance(spec, dict) or not isinstance(spec.get("name"), str) \
            or not isinstance(spec.get("features"), int) or spec["features"] < 1:
        fail_model(path, "needs \"input\": {\"name\": TEXT, \"features\": a count of 1 or more}")
    classes, centroids = document.get("classes"), document.get("centroids")
    if not isinstance(classes, list) or not classes or not all(isinstance(c, str) for c in classes):
        fail_model(path, "needs \"classes\": a list of one or more names")
    if not isinstance(centroids, list) or len(centroids) != len(classes):
        fail_model(path, f"needs one centroid per class ({len(classes)}) in \"centroids\"")
    for index, centroid in enumerate(centroids):
        if not isinstance(centroid, list) or len(centroid) != spec["features"] \
                or not all(is_number(v) for v in centroid):
            fail_model(path, f"has a bad centroid {index}: it must be {spec['features']} finite numbers")
    if not is_number(document.get("temperature", 1.0)) or document.get("temperature", 1.0) <= 0:
        fail_model(path, "has a \"temperature\" that is not a positive number")
    return Model(path, document)


class Metrics:
    """Counters and a latency histogram per route, written in the Prometheus text format."""

    def __init__(self):
        self.lock = threading.Lock()
        self.requests = {}  # (route, code) -> count
        self.errors = {}    # route -> count
        self.latency = {}   # route -> [bucket counts..., sum, count]

    def observe(self, route, code, seconds):
        with self.lock:
            self.requests[(route, code)] = self.requests.get((route, code), 0) + 1
            if code >= 400:
                self.errors[route] = self.errors.get(route, 0) + 1
            series = self.latency.setdefault(route, [0] * len(BUCKETS) + [0.0, 0])
            for index, bound in enumerate(BUCKETS):
                if seconds <= bound:
                    series[index] += 1
            series[-2] += seconds
            series[-1] += 1

    def render(self, model_name, loaded):
        lines = []
        with self.lock:
            lines += ["# HELP demo_requests_total Requests answered, by route and status code.",
                      "# TYPE demo_requests_total counter"]
            for (route, code), count in sorted(self.requests.items()):
                lines.append(f'demo_requests_total{{route="{route}",code="{code}"}} {count}')
            lines += ["# HELP demo_request_errors_total Requests answered with a status of 400 or more, by route.",
                      "# TYPE demo_request_errors_total counter"]
            for route, count in sorted(self.errors.items()):
                lines.append(f'demo_request_errors_total{{route="{route}"}} {count}')
            lines += ["# HELP demo_request_duration_seconds Time from a request's arrival to its answer, by route.",
                      "# TYPE demo_request_duration_seconds histogram"]
            for route, series in sorted(self.latency.items()):
                for index, bound in enumerate(BUCKETS):
                    lines.append(f'demo_request_duration_seconds_bucket{{route="{route}",le="{bound}"}} {series[index]}')
                lines.append(f'demo_request_duration_seconds_bucket{{route="{route}",le="+Inf"}} {series[-1]}')
                lines.append(f'demo_request_duration_seconds_sum{{route="{route}"}} {series[-2]!r}')
                lines.append(f'demo_request_duration_seconds_count{{route="{route}"}} {series[-1]}')
        escaped = model_name.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        lines += ["# HELP demo_model_loaded Whether the model is loaded (1) or still loading (0).",
                  "# TYPE demo_model_loaded gauge",
                  f'demo_model_loaded{{model="{escaped}"}} {1 if loaded else 0}']
        return "\n".join(lines) + "\n"


class BadRequest(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status


def flatten(data):
    if isinstance(data, list):
        for item in data:
            yield from flatten(item)
    else:
        yield data


def feature_rows(request, model):
    """The rows of the model's input from a v2 infer request body, or BadRequest saying what is wrong."""
    if not isinstance(request, dict) or not isinstance(request.get("inputs"), list) or not request["inputs"]:
        raise BadRequest(400, "the request needs \"inputs\": a list of tensors")
    tensors = request["inputs"]
    tensor = next((t for t in tensors if isinstance(t, dict) and t.get("name") == model.input_name), None)
    if tensor is None:
        names = ", ".join(str(t.get("name")) for t in tensors if isinstance(t, dict))
        raise BadRequest(400, f"no input named \"{model.input_name}\" (got: {names or 'none'})")
    if tensor.get("datatype") not in NUMERIC_TYPES:
        raise BadRequest(400, f"input \"{model.input_name}\" needs a numeric datatype such as FP32, "
                              f"not {tensor.get('datatype')!r}")
    shape = tensor.get("shape")
    if not isinstance(shape, list) or len(shape) != 2 or not all(isinstance(d, int) and d >= 0 for d in shape) \
            or shape[1] != model.features:
        raise BadRequest(400, f"input \"{model.input_name}\" needs the shape [N, {model.features}], not {shape!r}")
    values = list(flatten(tensor.get("data")))
    if len(values) != shape[0] * shape[1]:
        raise BadRequest(400, f"input \"{model.input_name}\" has {len(values)} values for the shape {shape}")
    if not all(is_number(v) for v in values):
        raise BadRequest(400, f"input \"{model.input_name}\" holds values that are not finite numbers")
    return [values[i:i + shape[1]] for i in range(0, len(values), shape[1])]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as load generators expect
    # Headers and body leave in two writes: with Nagle's algorithm the body waits for the client's
    # delayed ACK, which adds 40 ms to every answer on a kept-alive connection.
    disable_nagle_algorithm = True
    server_version = "AtelierDemo/1"

    def log_message(self, format, *args):
        # Quiet: the job's stderr is kept for errors (its last line becomes the reason of a failure).
        pass

    def send_json(self, status, document):
        self.send_body(status, json.dumps(document).encode(), "application/json")

    def send_body(self, status, body, content_type):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.status = status

    def route(self):
        """(route label, model action or None) of the request path."""
        path = self.path.split("?", 1)[0].rstrip("/")
        fixed = {"/v2/health/live": "live", "/v2/health/ready": "ready", "/v2": "server", "/metrics": "metrics"}
        if path in fixed:
            return fixed[path], None
        prefix = f"/v2/models/{self.server.name}"
        if path == prefix or path.startswith(prefix + "/"):
            rest = path[len(prefix):].split("/")[1:]
            if len(rest) >= 2 and rest[0] == "versions":
                rest = rest[2:]  # one version is served, whichever the client names
            action = rest[0] if rest else "metadata"
            return {"metadata": "model", "ready": "model_ready", "infer": "infer"}.get(action, "other"), action
        if path.startswith("/v2/models/"):
            return "unknown_model", None
        return "other", None

    def handle_request(self, method):
        started = time.perf_counter()
        route, _ = self.route()
        self.status = 500
        try:
            self.answer(method, route)
        except BadRequest as error:
            self.send_json(error.status, {"error": str(error)})
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            self.server.metrics.observe(route, self.status, time.perf_counter() - started)

    def answer(self, method, route):
        model = self.server.model
        if route != "infer" and method != "GET":
            raise BadRequest(405, f"{self.path} takes GET")
        if route == "live":
            self.send_json(200, {"live": True})
        elif route == "ready":
            self.send_json(200 if model else 503, {"ready": model is not None})
        elif route == "server":
            self.send_json(200, {"name": "atelier-demo", "version": "1", "extensions": []})
        elif route == "metrics":
            text = self.server.metrics.render(self.server.name, model is not None)
            self.send_body(200, text.encode(), "text/plain; version=0.0.4; charset=utf-8")
        elif route == "model_ready":
            self.send_json(200 if model else 503, {"name": self.server.name, "ready": model is not None})
        elif route == "model":
            self.model_metadata(model)
        elif route == "infer":
            self.infer(method, model)
        elif route == "unknown_model":
            raise BadRequest(404, f"this server serves the model \"{self.server.name}\" only")
        else:
            raise BadRequest(404, f"no such endpoint: {self.path}")

    def model_metadata(self, model):
        if model is None:
            raise BadRequest(503, f"the model \"{self.server.name}\" is still loading")
        self.send_json(200, {
            "name": self.server.name,
            "versions": ["1"],
            "platform": "atelier_demo_nearest_centroid",
            "inputs": [{"name": model.input_name, "datatype": "FP32", "shape": [-1, model.features]}],
            "outputs": [{"name": "label", "datatype": "BYTES", "shape": [-1]},
                        {"name": "scores", "datatype": "FP32", "shape": [-1, len(model.classes)]}],
            "parameters": {"classes": model.classes},
        })

    def infer(self, method, model):
        if method != "POST":
            raise BadRequest(405, "infer takes POST with a JSON body")
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            raise BadRequest(411, "infer needs a Content-Length header")
        if int(length) > MAX_BODY_BYTES:
            self.close_connection = True
            raise BadRequest(413, f"the request body is larger than {MAX_BODY_BYTES} bytes")
        body = self.rfile.read(int(length))
        if model is None:
            raise BadRequest(503, f"the model \"{self.server.name}\" is still loading; retry when "
                                  f"/v2/health/ready answers 200")
        try:
            request = json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise BadRequest(400, f"the request body is not JSON: {error}") from error
        labels, scores = model.predict(feature_rows(request, model))
        answer = {
            "model_name": self.server.name,
            "model_version": "1",
            "outputs": [{"name": "label", "datatype": "BYTES", "shape": [len(labels)], "data": labels},
                        {"name": "scores", "datatype": "FP32", "shape": [len(labels), len(model.classes)],
                         "data": scores}],
        }
        if isinstance(request.get("id"), str):
            answer["id"] = request["id"]
        self.send_json(200, answer)

    def do_GET(self):
        self.handle_request("GET")

    def do_HEAD(self):
        self.handle_request("HEAD")

    def do_POST(self):
        self.handle_request("POST")


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port, name):
        super().__init__(("127.0.0.1", port), Handler)
        self.name = name
        self.model = None  # set once loaded; read by the request threads
        self.metrics = Metrics()


def arguments():
    parser = argparse.ArgumentParser(prog=PROGRAM, description="Serve an Atelier demo model with the KServe v2 "
                                                               "protocol on 127.0.0.1.")
    parser.add_argument("--model", required=True, help="the model file (JSON, format atelier-demo-model)")
    parser.add_argument("--port", required=True, type=int, help="the TCP port on 127.0.0.1")
    parser.add_argument("--name", required=True, help="the model's name in the /v2/models/NAME URLs")
    parser.add_argument("--load-seconds", type=float, default=0.0,
                        help="wait this long before loading the model (to show a slow load)")
    args = parser.parse_args()
    if not 0 < args.port < 65536:
        parser.error(f"--port must be between 1 and 65535, not {args.port}")
    if not args.name or "/" in args.name:
        parser.error("--name must be a name without '/'")
    if args.load_seconds < 0:
        parser.error("--load-seconds must not be negative")
    return args


def main():
    args = arguments()
    try:
        server = Server(args.port, args.name)
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            print(f"{PROGRAM}: port {args.port} on 127.0.0.1 is already in use by another program; choose "
                  f"another port, or let Atelier pick a free one.", file=sys.stderr, flush=True)
        else:
            print(f"{PROGRAM}: cannot listen on 127.0.0.1:{args.port}: {error.strerror}", file=sys.stderr, flush=True)
        return 2
    stop = threading.Event()
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: stop.set())
    threading.Thread(target=server.serve_forever, name="http", daemon=True).start()
    print(f"{PROGRAM}: live on http://127.0.0.1:{args.port}, loading {args.model}", flush=True)
    code = 0
    if not stop.wait(args.load_seconds):
        try:
            server.model = load_model(args.model)
            print(f"{PROGRAM}: model \"{args.name}\" loaded, ready", flush=True)
            stop.wait()
        except ModelError as error:
            print(f"{PROGRAM}: {error}", file=sys.stderr, flush=True)
            code = 3
    server.shutdown()
    server.server_close()
    return code


if __name__ == "__main__":
    sys.exit(main())
