#!/usr/bin/env python3
"""Scaffolding: writes the first draft of a new BPMN 2.0 model, with its diagram (BPMNDI), from a
compact Python spec. Use it once, to start a model without a desktop modeller; from then on the
.bpmn file under processes/<feature>/ is the only source (edit it in Camunda Modeler or as XML),
and the spec is thrown away. The house rules (BpmnModelChecker) hold however the model was written.

    python3 tools/bpmn_layout.py /tmp/MyProcess.py processes/<feature>/MyProcess.bpmn

A spec module defines PROCESS (dict: id, name, attrs), NODES (list of dicts: id, type, name, x, y,
optional w/h, xml (inner extension XML), attrs (extra attributes), parent (sub-process id),
attached (boundary host id)), FLOWS (list of dicts: id, source, target, name, condition, waypoints)
and optionally MESSAGES / ERRORS (list of (id, name)).
"""
import importlib.util
import sys
from xml.sax.saxutils import escape, quoteattr

SIZES = {
    'startEvent': (36, 36), 'endEvent': (36, 36), 'intermediateCatchEvent': (36, 36),
    'intermediateThrowEvent': (36, 36), 'boundaryEvent': (36, 36),
    'exclusiveGateway': (50, 50), 'parallelGateway': (50, 50), 'eventBasedGateway': (50, 50),
}


def size(node):
    default = SIZES.get(node['type'], (100, 80))
    return node.get('w', default[0]), node.get('h', default[1])


def centre(node):
    w, h = size(node)
    return node['x'] + w / 2, node['y'] + h / 2


def attrs(d):
    return ''.join(f' {k}={quoteattr(str(v))}' for k, v in d.items())


def route(src, tgt, flow):
    if 'waypoints' in flow:
        return flow['waypoints']
    sx, sy = centre(src)
    tx, ty = centre(tgt)
    sw, sh = size(src)
    tw, th = size(tgt)
    if abs(sy - ty) < 1:
        if tx >= sx:
            return [(src['x'] + sw, sy), (tgt['x'], ty)]
        return [(src['x'], sy), (tgt['x'] + tw, ty)]
    if src['type'] == 'boundaryEvent':
        # down from the boundary event, then across
        if abs(sx - tx) < 1:
            return [(sx, src['y'] + sh), (tx, tgt['y'])]
        return [(sx, src['y'] + sh), (sx, ty), (tgt['x'], ty)]
    if tgt['x'] >= src['x'] + sw:
        # leave from top/bottom of the source, enter the target from its left
        start = (sx, src['y'] + sh) if ty > sy else (sx, src['y'])
        return [start, (sx, ty), (tgt['x'], ty)]
    # backwards: leave the bottom, run below, enter the bottom of the target
    low = max(src['y'] + sh, tgt['y'] + th) + 40
    return [(sx, src['y'] + sh), (sx, low), (tx, low), (tx, tgt['y'] + th)]


def render(spec):
    nodes = {n['id']: n for n in spec.NODES}
    process = spec.PROCESS
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"'
           ' xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"'
           ' xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"'
           ' xmlns:di="http://www.omg.org/spec/DD/20100524/DI"'
           ' xmlns:camunda="http://camunda.org/schema/1.0/bpmn"'
           ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
           ' xmlns:modeler="http://camunda.org/schema/modeler/1.0"'
           f' id="Definitions_{process["id"]}" targetNamespace="http://childrens-trust.example/bpmn"'
           ' exporter="tools/bpmn_layout.py" exporterVersion="1.0"'
           ' modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">']
    for mid, name in getattr(spec, 'MESSAGES', []):
        out.append(f'  <bpmn:message id="{mid}" name={quoteattr(name)} />')
    for eid, name, code in getattr(spec, 'ERRORS', []):
        out.append(f'  <bpmn:error id="{eid}" name={quoteattr(name)} errorCode={quoteattr(code)} />')
    pattrs = {'id': process['id'], 'name': process['name'], 'isExecutable': 'true'}
    pattrs.update(process.get('attrs', {}))
    out.append(f'  <bpmn:process{attrs(pattrs)}>')
    if process.get('documentation'):
        out.append(f'    <bpmn:documentation>{escape(process["documentation"])}</bpmn:documentation>')

    def children(parent):
        return [n for n in spec.NODES if n.get('parent') == parent]

    def flows_in(parent):
        return [f for f in spec.FLOWS if nodes[f['source']].get('parent') == parent]

    def emit(parent, indent):
        pad = ' ' * indent
        for n in children(parent):
            a = {'id': n['id'], 'name': n['name']}
            if n['type'] == 'boundaryEvent':
                a['attachedToRef'] = n['attached']
                if n.get('cancel') is False:
                    a['cancelActivity'] = 'false'
            if n.get('default'):
                a['default'] = n['default']
            a.update(n.get('attrs', {}))
            out.append(f'{pad}<bpmn:{n["type"]}{attrs(a)}>')
            if n.get('doc'):
                out.append(f'{pad}  <bpmn:documentation>{escape(n["doc"])}</bpmn:documentation>')
            if n.get('ext'):
                out.append(f'{pad}  <bpmn:extensionElements>')
                for line in n['ext'].strip().splitlines():
                    out.append(f'{pad}    {line.strip()}')
                out.append(f'{pad}  </bpmn:extensionElements>')
            for f in spec.FLOWS:
                if f['target'] == n['id']:
                    out.append(f'{pad}  <bpmn:incoming>{f["id"]}</bpmn:incoming>')
            for f in spec.FLOWS:
                if f['source'] == n['id']:
                    out.append(f'{pad}  <bpmn:outgoing>{f["id"]}</bpmn:outgoing>')
            if n['type'] == 'subProcess':
                emit(n['id'], indent + 2)
            if n.get('xml'):
                for line in n['xml'].strip().splitlines():
                    out.append(f'{pad}  {line.strip()}')
            out.append(f'{pad}</bpmn:{n["type"]}>')
        for f in flows_in(parent):
            a = {'id': f['id'], 'sourceRef': f['source'], 'targetRef': f['target']}
            if f.get('name'):
                a['name'] = f['name']
            if f.get('condition'):
                out.append(f'{pad}<bpmn:sequenceFlow{attrs(a)}>')
                out.append(f'{pad}  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">'
                           f'{escape(f["condition"])}</bpmn:conditionExpression>')
                out.append(f'{pad}</bpmn:sequenceFlow>')
            else:
                out.append(f'{pad}<bpmn:sequenceFlow{attrs(a)} />')

    emit(None, 4)
    out.append('  </bpmn:process>')
    out.append(f'  <bpmndi:BPMNDiagram id="Diagram_{process["id"]}">')
    out.append(f'    <bpmndi:BPMNPlane id="Plane_{process["id"]}" bpmnElement="{process["id"]}">')
    for n in spec.NODES:
        w, h = size(n)
        extra = ''
        if n['type'] == 'subProcess':
            extra = ' isExpanded="true"'
        if n['type'] == 'exclusiveGateway':
            extra = ' isMarkerVisible="true"'
        out.append(f'      <bpmndi:BPMNShape id="{n["id"]}_di" bpmnElement="{n["id"]}"{extra}>')
        out.append(f'        <dc:Bounds x="{n["x"]}" y="{n["y"]}" width="{w}" height="{h}" />')
        if n['type'] in SIZES:
            lx, ly = n.get('label', (n['x'] - 30, n['y'] + h + 5))
            out.append(f'        <bpmndi:BPMNLabel><dc:Bounds x="{lx}" y="{ly}" width="{w + 60}" height="27" /></bpmndi:BPMNLabel>')
        out.append('      </bpmndi:BPMNShape>')
    for f in spec.FLOWS:
        pts = route(nodes[f['source']], nodes[f['target']], f)
        out.append(f'      <bpmndi:BPMNEdge id="{f["id"]}_di" bpmnElement="{f["id"]}">')
        for x, y in pts:
            out.append(f'        <di:waypoint x="{int(x)}" y="{int(y)}" />')
        if f.get('name'):
            mx, my = pts[0]
            out.append(f'        <bpmndi:BPMNLabel><dc:Bounds x="{int(mx) + 5}" y="{int(my) - 20}" width="90" height="14" /></bpmndi:BPMNLabel>')
        out.append('      </bpmndi:BPMNEdge>')
    out.append('    </bpmndi:BPMNPlane>')
    out.append('  </bpmndi:BPMNDiagram>')
    out.append('</bpmn:definitions>')
    return '\n'.join(out) + '\n'


if __name__ == '__main__':
    spec_path, target = sys.argv[1], sys.argv[2]
    module_spec = importlib.util.spec_from_file_location('spec', spec_path)
    spec = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(spec)
    with open(target, 'w', encoding='utf-8') as f:
        f.write(render(spec))
